import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('a team or body named with and without "the"', () => {
  it.each([
    [
      'a post signed by the team after "the" team',
      'The Riverside Comets won on Saturday.\n— Riverside Comets (@RiversideComets) April 27, 2026\n“Eli changed the game,” Comets coach Dale Whitaker said postgame.',
      'Eli changed',
      'Dale Whitaker',
      'Riverside Comets',
    ],
    [
      'the bare name first',
      '— Harbor City Knights (@HCKnights) May 2, 2026\nIt was a fifth loss in a row for the Harbor City Knights.\n“We stopped moving the ball,” Knights coach Rick Sandoval said.',
      'We stopped',
      'Rick Sandoval',
      'Harbor City Knights',
    ],
    [
      'a video posted by the club',
      'Fans of the Lakeside Stingers packed the stadium. A video posted by Lakeside Stingers drew thousands of views. “That was for the city,” Stingers captain Ana Duarte said after the match.',
      'That was',
      'Ana Duarte',
      'Lakeside Stingers',
    ],
    [
      'inverted, with the team before the title',
      'The Lakeside Stingers lost at home. Lakeside Stingers fans left early. “We were not good enough,” said Stingers captain Ana Duarte.',
      'We were not',
      'Ana Duarte',
      'Lakeside Stingers',
    ],
  ])('%s', (_name, text, words, speaker, body) => {
    expect(speakerOf(text, words)).toBe(speaker);
    const named = detect(text, { lang: 'en' }).people.filter((p) => p.name === body);
    expect(named.every((p) => p.kind === 'organisation')).toBe(true);
  });
});

const RAMAN = '“Charge the phone in the kitchen,” said Dr. Priya Raman, the study’s lead author.';
const COLE = '“We will appeal,” said Mark Cole, the county attorney.';

describe('"he" or "she" after a sentence about someone unnamed', () => {
  it.each([
    [
      'a mother who asked not to be named',
      `${RAMAN} One mother who took part in the study, and who asked that her name not be used, said the trackers had changed her routine. “It was there in black and white,” she told the magazine.`,
      'It was there',
      null,
    ],
    [
      'a senior official',
      `${RAMAN} A senior official said the guidance would change. “We are looking at it again,” she said.`,
      'We are looking',
      null,
    ],
    [
      'an opening phrase of time first',
      `${COLE} On Sunday, a resident who lives near the tracks said he had not been warned. “Nobody knocked on my door,” he said.`,
      'Nobody knocked',
      null,
    ],
    [
      'a conjunction first',
      `${RAMAN} But a retired teacher in the front row shook her head. “They did this backwards,” she said.`,
      'They did',
      null,
    ],
    [
      'a spokesperson for a body named in lower case',
      `${RAMAN} A spokesperson for the railroad said the company was “cooperating fully.” “We need facts first,” she said.`,
      'We need',
      null,
    ],
    [
      'a spokeswoman named in apposition',
      `${COLE} A spokeswoman, Dana Pruitt, said the office would appeal. “We need facts first,” she said.`,
      'We need',
      'Dana Pruitt',
    ],
    [
      'another neighbour',
      `${COLE} Another neighbor described the night as chaotic. “We grabbed the dog and ran,” he added.`,
      'We grabbed',
      null,
    ],
    [
      'some parents: plural, so not "she"',
      `${RAMAN} Some parents said the rule had helped. “It is the single best change we made,” she said.`,
      'It is the single',
      'Priya Raman',
    ],
    [
      'a father: not "she"',
      `${RAMAN} One father said the trackers had helped. “It is the single best change we made,” she said.`,
      'It is the single',
      'Priya Raman',
    ],
    [
      'a named person described as "a second-year player"',
      `${COLE} Eli Fontaine, a second-year player who did not play in Game 1, shrugged off the praise. “I just try to be annoying,” he said.`,
      'I just try',
      'Eli Fontaine',
    ],
    [
      'a senator described as "an Oklahoma Republican"',
      `${RAMAN} Senator James Lankford, an Oklahoma Republican, played down that threat on the floor. “It is an appropriate risk,” he said.`,
      'It is an appropriate',
      'James Lankford',
    ],
    [
      'a neighbour named in apposition',
      `${COLE} A neighbor, Karen Pulaski, said the smoke came fast. “We grabbed the dog and ran,” she said.`,
      'We grabbed',
      'Karen Pulaski',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('institutions whose names English news quotes', () => {
  it.each([
    [
      'an academy, "according to guidelines from"',
      'Teenagers need “8 to 10 hours of sleep a night,” according to guidelines from the American Academy of Sleep Medicine.',
      '8 to 10',
      'American Academy of Sleep Medicine',
    ],
    [
      'institutes, plural',
      'Funding will “stay flat next year,” the National Institutes of Health said on Friday.',
      'stay flat',
      'National Institutes of Health',
    ],
    [
      'centers, plural, with "and"',
      'The virus poses “a low risk to the public,” the Centers for Disease Control and Prevention said.',
      'a low risk',
      'Centers for Disease Control and Prevention',
    ],
    [
      'a laboratory as the subject',
      'The Lawrence Livermore National Laboratory said the result was “a scientific milestone.”',
      'a scientific milestone',
      'Lawrence Livermore National Laboratory',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
    expect(detect(text, { lang: 'en' }).people.find((p) => p.name === speaker)?.kind).toBe('organisation');
  });
});

describe('"the statement said", "the letter said": who issued it', () => {
  it.each([
    [
      'a company "said in a statement"',
      'Northgate Rail, which runs the line, said in a statement that it was “deeply sorry.” “Our teams are working around the clock,” the statement said.',
      'Our teams',
      'Northgate Rail',
    ],
    [
      'an opening "In a written statement,"',
      'In a written statement, the Harmon Police Department said it would review the footage. “Every alert is checked by an officer,” the statement said.',
      'Every alert',
      'Harmon Police Department',
    ],
    [
      'a person who wrote a letter',
      'In a letter to the council, Dana Smith said the vote was rushed. “The vote was unlawful,” the letter said.',
      'The vote',
      'Dana Smith',
    ],
    [
      'a lawyer for someone sent it: not theirs',
      'A lawyer for Dana Smith sent the board a letter on Friday. “The vote was unlawful,” the letter said.',
      'The vote',
      null,
    ],
    [
      'a statement nobody was said to issue',
      'Dana Smith left the meeting early. Later a statement was posted online. “The vote was unlawful,” the statement said.',
      'The vote',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('an acronym heading "of" and a place: a chapter of a body', () => {
  it.each([
    ['quoted after', '“The cameras record everyone,” the ACLU of Iowa said.', 'The cameras', 'ACLU of Iowa'],
    [
      'opening the sentence',
      'The NAACP of Harris County said the plan was “a step backwards.”',
      'a step backwards',
      'NAACP of Harris County',
    ],
    [
      'inverted',
      '“We will see them in court,” said the SEIU of Northern California.',
      'We will see',
      'SEIU of Northern California',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
    expect(detect(text, { lang: 'en' }).people.every((p) => p.kind === 'organisation')).toBe(true);
  });
});

describe('a player’s position written before the name, as a title', () => {
  const COACH = 'Coach Dale Whitaker was pleased. “We defended well,” Whitaker said.';
  it.each([
    ['point guard', `${COACH} Point guard Maya Diaz scored 22. “It felt good,” she said.`, 'It felt', 'Maya Diaz'],
    [
      'quarterback opening the sentence',
      `${COACH} Quarterback Ana Ruiz threw three touchdowns. “The line was great,” she said.`,
      'The line',
      'Ana Ruiz',
    ],
    [
      'goalkeeper in apposition',
      `${COACH} The club’s goalkeeper, Ana Ruiz, made six saves. “It was a long night,” she said.`,
      'It was a long',
      'Ana Ruiz',
    ],
    ['inverted', '“We never stopped running,” said midfielder Tomas Berg.', 'We never', 'Tomas Berg'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a plural of people opening a sentence is a group, not a name', () => {
  const COLE = 'Gov. Ann Cole signed the bill on Monday. “This is a promise kept,” she told supporters.';
  it.each([
    [
      'reporters asked',
      `${COLE} Reporters asked about the cost. “We will find the money,” she said.`,
      'We will',
      'Ann Cole',
    ],
    ['republicans said', `${COLE} Republicans said the bill was “rushed.”`, 'rushed', null],
    ['deputies told', `${COLE} “It was rushed,” Deputies told the board.`, 'It was rushed', null],
    ['a surname ending in s still speaks', `${COLE} “It was rushed,” Sanders said.`, 'It was rushed', 'Sanders'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
