import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote containing `words` in `text`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

const INTRO = 'Foreign Minister Maria Lopez met Deputy Minister Kenji Sato on Monday.';

describe('speakers: reporting cues', () => {
  it.each([
    ['cue after, name first', `${INTRO} "We agreed on a plan," Lopez said.`, 'We agreed', 'Maria Lopez'],
    ['cue after, inverted', `${INTRO} "We agreed on a plan," said Sato.`, 'We agreed', 'Kenji Sato'],
    ['present tense', `${INTRO} "We agreed on a plan," Sato says.`, 'We agreed', 'Kenji Sato'],
    ['other verbs: added', `${INTRO} "Talks will go on," Lopez added.`, 'Talks will', 'Maria Lopez'],
    ['other verbs: warned', `${INTRO} "Time is short," warned Sato.`, 'Time is short', 'Kenji Sato'],
    ['other verbs: told', `${INTRO} "Time is short," Sato told reporters.`, 'Time is short', 'Kenji Sato'],
    ['cue before with colon', `${INTRO} Lopez told reporters: "The deal is done."`, 'The deal', 'Maria Lopez'],
    ['cue before with that', `${INTRO} Sato said that "nothing has changed."`, 'nothing has', 'Kenji Sato'],
    ['according to', `${INTRO} According to Lopez, the deal was "very close to done."`, 'very close', 'Maria Lopez'],
    [
      'apposition between name and verb',
      `${INTRO} "It was hard," Lopez, seated next to Sato at the table, told reporters.`,
      'It was hard',
      'Maria Lopez',
    ],
    [
      'relative clause between subject and verb',
      `${INTRO} Sato, who met Lopez in May, said the talks were "a disaster."`,
      'a disaster',
      'Kenji Sato',
    ],
    [
      'quote split by its attribution',
      `${INTRO} "First part," Lopez said, "and the second part."`,
      'and the second',
      'Maria Lopez',
    ],
    [
      'inversion with a description before the name',
      '"We will be back," said one of the organizers, Ann Cole.',
      'We will be back',
      'Ann Cole',
    ],
    ['question with inversion', `${INTRO} "Is this the end?" asked Sato.`, 'Is this', 'Kenji Sato'],
    [
      'inversion names the speaker at once, not a later pronoun',
      'Opposition leader Tom Reyes, who has called the budget "a disaster", said his party would oppose it.',
      'a disaster',
      'Tom Reyes',
    ],
    [
      'attribution line after a pull quote',
      `${INTRO}\n\n"Nothing is settled."\n\n\u2014 Kenji Sato`,
      'Nothing is',
      'Kenji Sato',
    ],
    [
      'a sentence after a closed quote is not its attribution',
      'Senator Jane Roe and Governor Tim Poe met. Roe said the talks were "productive." Poe called them "a waste."',
      'productive',
      'Jane Roe',
    ],
    [
      'a title right before a name, after a sentence ending in a quote',
      'Judge Ana Ruiz wrote that it was "a mistake." Judge Paul Oduya, writing for the panel, said the rule was "plain".',
      'plain',
      'Paul Oduya',
    ],
    [
      'an organisation closing the apposition of a person',
      'The study\'s author, Professor Nina Falk of Tarnow University, said the results were "alarming".',
      'alarming',
      'Nina Falk',
    ],
    [
      'second verb of the same subject',
      `${INTRO} Sato said he would meet Lopez but added, "I doubt it will help."`,
      'I doubt',
      'Kenji Sato',
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });
});

describe('speakers: references', () => {
  it.each([
    [
      'pronoun after an earlier quote',
      `${INTRO} "One," Lopez said. "Two and three," she said.`,
      'Two and three',
      'Maria Lopez',
    ],
    ['surname to full name', `${INTRO} "Enough," said Lopez.`, 'Enough', 'Maria Lopez'],
    [
      'honorific picks the right person of a shared surname',
      'President Kim Trent met his daughter Ana Trent. "We met," Ms. Trent said.',
      'We met',
      'Ana Trent',
    ],
    [
      'role noun tied to a name',
      'Morton County sheriff Kyle Baird spoke first. Later the sheriff said the crowd was "out of control."',
      'out of control',
      'Kyle Baird',
    ],
    [
      'organisation noun',
      'The Chinese Embassy in Kyiv issued a notice. "Please stay indoors," the embassy said.',
      'Please stay',
      'Chinese Embassy in Kyiv',
    ],
    [
      'short form of an organisation',
      'The U.S. Federal Reserve raised rates. Risks remain "roughly balanced," the Fed said.',
      'roughly balanced',
      'U.S. Federal Reserve',
    ],
    [
      'organisation described in apposition, then "the group"',
      'Voters for Clean Water, a nonprofit advocacy group, sued. The group said the permit was "plainly unlawful."',
      'plainly unlawful',
      'Voters for Clean Water',
    ],
    [
      'organisation named with a lower-case office',
      'The Dane County sheriff\u2019s office sealed the road. A sheriff\u2019s spokeswoman said people were "throwing rocks".',
      'throwing rocks',
      'Dane County sheriff\u2019s office',
    ],
    [
      'attribution between commas late in a long sentence',
      'The Central Bank of Ruritania met. Risks remain "broadly even" between the forces that could slow or speed up the economy beyond what it now expects, the central bank said, in a statement.',
      'broadly even',
      'Central Bank of Ruritania',
    ],
    [
      '"the company" for a corporate name',
      'Acme Inc. reported record sales. "This was our best quarter," the company said.',
      'This was our best',
      'Acme Inc',
    ],
    [
      'an unnamed spokesman of a named department',
      'The Justice Department declined to comment. "We do not discuss cases," a department spokesman said.',
      'We do not discuss',
      'Justice Department',
    ],
    [
      'apposition with an indefinite role',
      'Ms. Rivera, 34, a nurse, said the hospital was "overwhelmed."',
      'overwhelmed',
      'Rivera',
    ],
    [
      'cue in the sentence before a bare quote',
      'The Chinese Embassy in Kyiv issued advice. Drivers should stay home, it said. "Please do not panic. We are with you."',
      'Please do not panic',
      'Chinese Embassy in Kyiv',
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });

  it('carries the speaker into a following paragraph that is only a quote', () => {
    const text = `${INTRO}\n\n"The first thing," Lopez said.\n\n"And the paragraph after it, with no cue at all."`;
    expect(speakerOf(text, 'And the paragraph')).toBe('Maria Lopez');
  });

  it('gives every paragraph of a run-on quote the speaker named after its last paragraph', () => {
    const text = `${INTRO}\n\n\u201cWe have made hard choices.\n\n\u201cThe numbers speak for themselves.\n\n\u201cAnd they are good,\u201d Sato said.`;
    expect(speakerOf(text, 'We have made')).toBe('Kenji Sato');
    expect(speakerOf(text, 'The numbers')).toBe('Kenji Sato');
  });

  it('takes the speaker from a cue closing the paragraph before a bare quote paragraph', () => {
    const text = `${INTRO} "We are ready," Lopez said.\n\nDeputy Minister Kenji Sato disagreed.\n\n"We are not ready at all."`;
    expect(speakerOf(text, 'We are not ready')).toBe('Kenji Sato');
  });

  it('gives a nested quote the speaker named inside the outer quote', () => {
    const text = `${INTRO} "I called Kenji Sato and he said, 'We are ready,' then hung up," Lopez said.`;
    expect(speakerOf(text, 'We are ready')).toBe('Kenji Sato');
    expect(speakerOf(text, 'I called')).toBe('Maria Lopez');
  });

  it('says null for a nested quote by an unnamed "he" inside the outer quote', () => {
    const text = `${INTRO} "He told me, 'I will never resign,' and left," Lopez said.`;
    expect(speakerOf(text, 'I will never resign')).toBeNull();
  });

  it('lets a nested quote inherit the outer speaker when nobody else is named', () => {
    const text = `${INTRO} "We always say, 'Watch out,' to newcomers," said Lopez.`;
    expect(speakerOf(text, 'Watch out')).toBe('Maria Lopez');
  });

  it.each([
    [
      'subject of a reporting verb',
      'When she said no, Roof told her: "I am going to leave you here."',
      'I am going',
      'Roof',
    ],
    ['inverted after the quote', '"We are done here," said Okafor.', 'We are done', 'Okafor'],
    ['not a group noun', 'Officials said the road was "closed for good."', 'closed for good', null],
  ])('a lone capitalised word as the speaker: %s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });

  it('says null for an unnamed source rather than guessing', () => {
    const text = 'The White House said the plan was sound, and one official blamed "momentary confusion."';
    expect(speakerOf(text, 'momentary confusion')).toBeNull();
  });

  it('takes the subject of the clause that holds the quote, not an earlier clause', () => {
    const text = 'Ann Cole said the plan was "sound," and Raj Mehta blamed "bad luck" for the delay.';
    expect(speakerOf(text, 'bad luck')).toBe('Raj Mehta');
    expect(speakerOf(text, 'sound')).toBe('Ann Cole');
  });

  it('says null when nobody is named near a quote', () => {
    expect(speakerOf('Nothing here. "A quote with no speaker at all, standing alone."', 'A quote with')).toBeNull();
  });

  it('attributes a crosshead to the speaker whose words it repeats', () => {
    const text = `${INTRO}\n\n\u2018An endless supply\u2019\n\n"They seem to have an endless supply of weapons," said Lopez.`;
    expect(speakerOf(text, 'An endless supply')).toBe('Maria Lopez');
  });
});

describe('speakers: a sentence that tells of speaking, then the quote alone', () => {
  it.each([
    [
      'summed up, with an apposition',
      'Ann Cole, chair of the budget board, once summed up the danger with a metaphor. "It is termites in the woodwork."',
      'It is termites',
      'Ann Cole',
    ],
    ['put it bluntly', 'Tom Reed put it bluntly. "We are out of money."', 'We are out', 'Tom Reed'],
    [
      'another person in the sentence: abstain',
      'Ann Cole met Tom Reed and summed up the talks. "We are out of money."',
      'We are out',
      null,
    ],
    ['no act of speech: abstain', 'Tom Reed left the hall early. "We are out of money."', 'We are out', null],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('speakers: a quote in what a relative clause reports', () => {
  it.each([
    [
      'unnamed antecedent: not the subject of the sentence',
      'A report from the Harbor Gazette about a student who asked whether he was "a friend to workers" drew replies.',
      'a friend',
      null,
    ],
    [
      'named antecedent',
      'Reporters spoke to Ann Cole, who said that the plan is "a total mess" for all.',
      'a total mess',
      'Ann Cole',
    ],
    [
      'no report after the relative verb: the sentence subject speaks',
      'Ann Cole said that women who had accused Tom Reed of fraud "should be heard, and believed."',
      'should be heard',
      'Ann Cole',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('speakers: inverted cue with a body and a title before the name', () => {
  it.each([
    [
      'a broadcaster commentator',
      'NASA showed the launch. "The vehicle has broken up," said NASA commentator George Diller, after the images.',
      'The vehicle',
      'George Diller',
    ],
    [
      'a ministry spokeswoman',
      'Talks resumed. "It is safe," said Foreign Ministry spokeswoman Hua Chunying on Monday.',
      'It is safe',
      'Hua Chunying',
    ],
    [
      'the body alone',
      'Talks resumed. "It is safe," said the Foreign Ministry in a statement.',
      'It is safe',
      'Foreign Ministry',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});
