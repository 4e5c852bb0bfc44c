import { describe, expect, it } from 'vitest';
import { SPEAKER_THRESHOLD, sentencesBetween } from '@/lib/detect/attribution/evidence';
import { findTurns } from '@/lib/detect/attribution/turns';
import { detect } from '@/lib/detect/index';
import { creditLines } from '@/lib/detect/people/credits';
import { findPeople } from '@/lib/detect/people/people';

/** The quote beginning with `words` in `text`. */
function quoteOf(text: string, words: string) {
  const q = detect(text).quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting with ${words}`);
  return q;
}

describe('credits and bylines are never speakers', () => {
  it.each([
    [
      'a parenthesised photo credit between the name and "she said"',
      'Mayor Elena Brooks toured the plant.\n\nThe new filters in the hall. (Rachel Kim/Lakeside Herald)\n\n"It is safe," she said.',
      'It is safe',
      'Elena Brooks',
    ],
    [
      'a "Photo:" credit closing a caption',
      'Mayor Elena Brooks toured the plant.\n\nCrews at work. Photo: Daniel Okafor\n\n"It is safe," she said.',
      'It is safe',
      'Elena Brooks',
    ],
    [
      'a "Photograph by" credit with an agency',
      'Victor Osei runs the plant.\n\nThe control room. Photograph by Maria Gonzalez/Northwind Press\n\n"It works," he said.',
      'It works',
      'Victor Osei',
    ],
    [
      'a byline and desk before the first quote',
      'By Thomas Reed\nStaff writer\n\n"It works," he said.',
      'It works',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words).speaker).toBe(speaker);
  });

  it.each([
    ['(Rachel Kim/Lakeside Herald)', 1],
    ['Photo: Daniel Okafor', 1],
    ['Staff writer', 1],
    ['The mayor said the photo was old.', 0],
    ['Prices rose 3%/year in the city.', 0],
  ])('creditLines(%j)', (line, n) => {
    expect(creditLines(`Intro.\n${line}\nMore.`).length > 0).toBe(n > 0);
  });

  it('leaves credited names out of the people list', () => {
    const d = detect('Mayor Elena Brooks spoke. (Rachel Kim/Lakeside Herald)\n\n"Yes," Brooks said.');
    expect(d.people.map((p) => p.name)).toEqual(['Elena Brooks']);
  });
});

const SENATOR = 'Senator Dale Whitaker said he expected a vote. "We are close," Whitaker said.';

describe('an anonymous subject means no speaker', () => {
  it.each([
    ['a party member unnamed', `${SENATOR} But an Iowa Republican said Whitaker had "misread the room."`, 'misread'],
    ['a senior official', `${SENATOR} "The bill is dead," a senior administration official said.`, 'The bill'],
    ['one resident', `${SENATOR} "We plan a year ahead," one resident said.`, 'We plan'],
    ['survey respondents', `${SENATOR} Most respondents described it as "worse than the drought."`, 'worse than'],
    [
      'one of them',
      `${SENATOR} People familiar with the talks agreed. "There is a deal," one of them said.`,
      'There is',
    ],
    ['a named person’s team', `${SENATOR} Whitaker's campaign team said the poll was "meaningless."`, 'meaningless'],
    [
      'a spokesperson for an unnamed team',
      `${SENATOR} A spokesperson for the transition team of Senator Ann Cole said she would "read every page".`,
      'read every',
    ],
  ])('%s', (_name, text, words) => {
    expect(quoteOf(text, words).speaker).toBeNull();
  });

  it('keeps the speaker named in apposition to an unnamed description', () => {
    expect(quoteOf(`${SENATOR} "It is over," said one of the organisers, Ann Cole.`, 'It is over').speaker).toBe(
      'Ann Cole',
    );
  });
});

describe('organisations, documents and chains', () => {
  it.each([
    [
      'the report, by the body named earlier',
      'A report by the National Audit Office was published. The report said the firm was "slow."',
      'slow',
      'National Audit Office',
    ],
    [
      'the company, last reported speaking',
      'Northgate Power said it accepted the findings. "We are sorry," the company said.',
      'We are sorry',
      'Northgate Power',
    ],
    [
      'the ministry',
      'The Ministry of Energy will review the licence. "Nothing is off the table," the ministry said.',
      'Nothing is',
      'Ministry of Energy',
    ],
    [
      'an outlet quoted by another',
      'The Daily Record reported that the board decided "to revisit in spring."',
      'to revisit',
      'Daily Record',
    ],
    [
      'a chain: the reporting verb, not the owner of a call',
      'Martin Crane met Ann Cole. Crane testified that Cole\'s call was "improper."',
      'improper',
      'Martin Crane',
    ],
    [
      'a reporting verb past a new clause reports someone else',
      'Mayor Ann Cole said the plan was "a fresh start for all" in the city, and residents agreed with her.',
      'a fresh start',
      'Ann Cole',
    ],
    [
      'a thing named after "the" does not take the statement of the body it is named for',
      'Harbor issued a statement: "The Harbor Rules ban fishing at night, and we will act on it."',
      'The Harbor Rules',
      'Harbor',
    ],
    [
      'a body named by one word issues a statement',
      'After the vote, Harborline issued a statement that it would "take action" on abusive accounts.',
      'take action',
      'Harborline',
    ],
    [
      'the leader of a body is a person, not the body',
      "The leader of Calderbridge Council defended the response, insisting staff did 'everything possible' that night.",
      'everything possible',
      null,
    ],
    [
      'the head of an organisation, unnamed, is nobody we know',
      'The head of the World Health Organization said the virus was "a grave threat."',
      'a grave threat',
      null,
    ],
    [
      'a spokeswoman speaks for the body',
      'A spokeswoman for the Port Authority said the delay was "regrettable."',
      'regrettable',
      'Port Authority',
    ],
    [
      'a named leader of a body keeps the name',
      'Ann Cole, the leader of Calderbridge Council, said staff did "everything possible."',
      'everything possible',
      'Ann Cole',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words).speaker).toBe(speaker);
  });
});

describe('one person under several forms, two people under one name', () => {
  it.each([
    ['a suffix', 'The incumbent, Robert Hale Jr., spoke. "Choose well," Hale said.', 'Choose well', 'Robert Hale Jr'],
    [
      'an initial first',
      'J. David Whitmore chairs the committee. "People are curious," Whitmore said.',
      'People are',
      'J. David Whitmore',
    ],
    ['a then- title', 'Then-nominee Donald Trump spoke. "We will win," Trump said.', 'We will win', 'Donald Trump'],
    [
      'a description by age',
      'J. David Whitmore chairs the committee. The 62-year-old said turnout "could double."',
      'could double',
      'J. David Whitmore',
    ],
    [
      'a description by age, for both quotes of its sentence',
      'Mayor Gordon Maitland posted a video. The mayor, 62, has served two terms. The 62-year-old told us he was "quietly confident" but would "wait for the last ballot."',
      'wait for the last',
      'Gordon Maitland',
    ],
    [
      'a campaign role before the name is not part of it',
      'Challenger Amara Osei arrived late. Asked about a recount, she said: "Count every vote properly."',
      'Count every vote',
      'Amara Osei',
    ],
    [
      'two brothers: the surname alone names neither',
      'Tom Alvarez and his brother Luis Alvarez are running. "We will still have dinner," Alvarez said.',
      'We will still',
      null,
    ],
    [
      'two brothers: the full name names one',
      'Tom Alvarez and his brother Luis Alvarez are running. "That was the day," Luis Alvarez said.',
      'That was the day',
      'Luis Alvarez',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words).speaker).toBe(speaker);
  });
});

const TRANSCRIPT =
  'Priya Nair spoke with Owen Marsh.\n\nOWEN MARSH: How often does the quay flood?\n\nNAIR: Fourteen times last year.\n\nMARSH: Who pays?\n\nNAIR: The trust pays.';

describe('interview turns', () => {
  it.each([
    ['How often', 'Owen Marsh'],
    ['Fourteen times', 'Priya Nair'],
    ['Who pays', 'Owen Marsh'],
    ['The trust pays', 'Priya Nair'],
  ])('the turn starting %j is a block quote of %s', (words, speaker) => {
    const q = quoteOf(TRANSCRIPT, words);
    expect(q).toMatchObject({ kind: 'block', speaker, evidence: { way: 'turn' } });
    expect(TRANSCRIPT.slice(q.start, q.end)).toBe(q.text);
    expect(TRANSCRIPT[q.start - 2]).toBe(':');
  });

  it.each([
    ['one label alone is not a transcript', 'Ann Lee spoke.\n\nLEE: the figures are provisional.\n\nMore text.', 0],
    ['furniture labels are not speakers', 'Update: talks resumed.\n\nCorrection: an earlier version erred.', 0],
    ['datelines name nobody', 'LONDON: Talks resumed.\n\nPARIS: Talks stalled.', 0],
    ['two turns, one of a named person', 'Ann Lee met Bob Ray.\n\nANN LEE: Hello.\n\nQ: Hi.', 2],
  ])('%s', (_name, text, n) => {
    expect(findTurns(text, findPeople(text))).toHaveLength(n);
  });
});

describe('evidence and abstention', () => {
  it.each([
    ['a cue after the quote', '"We agreed," Maria Lopez said.', 'We agreed', 'cue', 'Maria Lopez said', 0],
    [
      'an according-to',
      'According to Maria Lopez, the plan was "very close."',
      'very close',
      'according-to',
      'According to Maria Lopez',
      0,
    ],
    ['a colon lead-in', 'Maria Lopez had one message for the crowd:\n\n"Go home."', 'Go home', 'lead-in', null, 0],
    ['a run carried over', '"We agreed," Maria Lopez said. "It took a year."', 'It took', 'run', null, 1],
  ])('%s', (_name, text, words, way, cue, back) => {
    const e = quoteOf(text, words).evidence!;
    expect(e.way).toBe(way);
    if (cue) expect(e.cue).toBe(cue);
    expect(e.sentencesBack).toBe(back);
    expect(e.confidence).toBeGreaterThanOrEqual(SPEAKER_THRESHOLD);
  });

  it('gives a pronoun to the person just reported speaking, not the earlier speaker', () => {
    const text =
      'Economist Tom Cole said prices would fall. "It is a pause," Cole said.\n\nIn Brampton, where rents rose, realtor Ben Ray said he had seen a change. "Rents are wild," he said.';
    expect(quoteOf(text, 'Rents are wild').speaker).toBe('Ben Ray');
  });

  it.each([
    [
      'a run carried from a quote that kept no speaker',
      'Tom Alvarez and his brother Luis Alvarez are running. "We will still have dinner," Alvarez said. "Every Sunday."',
      'Every Sunday',
    ],
  ])('abstains on %s', (_name, text, words) => {
    const q = quoteOf(text, words);
    expect(q.speaker).toBeNull();
    expect(q.evidence).toBeUndefined();
  });

  it('is less sure of a pronoun than of a name', () => {
    const text = 'Maria Lopez spoke. "We agreed," Lopez said. "It was hard," she said.';
    expect(quoteOf(text, 'It was hard').evidence!.confidence).toBeLessThan(
      quoteOf(text, 'We agreed').evidence!.confidence,
    );
  });

  it.each([
    ['One. Two.', 2],
    ['One.\n\nTwo. Three.', 3],
    ['Mr. Lee left.', 1],
    ['He said:\n\nGo.', 1],
  ])('sentencesBetween(%j)', (text, n) => {
    expect(sentencesBetween(text, 0, text.length)).toBe(n);
  });
});
