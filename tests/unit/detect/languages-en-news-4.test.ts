import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('a reported speech chain: ", and that …" goes on reporting the subject of the verb', () => {
  it.each([
    [
      'a participle naming someone',
      'Joan Perry said the bill already contained “enough loopholes,” and that the amendment, tabled by Fiona Marsh, the chair of the committee, would in practice hand “a veto to the developers.”',
      'a veto',
      'Joan Perry',
    ],
    [
      'an apposition naming someone',
      'Kendra Lowe said the department had been “warned in writing,” and that the project engineer, Paul Arsenault, a veteran of the department, had been left to “clean up a mess he didn’t make.”',
      'clean up',
      'Kendra Lowe',
    ],
    [
      'a pronoun subject',
      'Greg Olsen chairs the panel. He said the plan was “rushed,” and that the report, written by Tom Eckert, a former city engineer, had warned of “serious gaps.”',
      'serious gaps',
      'Greg Olsen',
    ],
    [
      '"but that" after "told"',
      'Ines Moreau told reporters the talks were “going nowhere,” but that the mediator, Judge Carl Webb, had been “patient beyond words.”',
      'patient beyond',
      'Ines Moreau',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a cue verb of its own inside the chain',
      'Ruth Dale said the vote was close, and that Mayor Tom Reyes had told her the plan was “finished.”',
      'finished',
      'Ruth Dale',
    ],
    [
      'a he or she nothing names: not the agent after it',
      'She said the bill already contained “enough loopholes,” and that the amendment, tabled by Fiona Marsh, the chair of the committee, would in practice hand “a veto to the developers.”',
      'a veto',
      'Fiona Marsh',
    ],
    [
      'a clause of its own naming only an agent',
      'Joan Perry said the bill was “a mess,” while the amendment, tabled by Fiona Marsh, would hand “a veto to the developers.”',
      'a veto',
      'Fiona Marsh',
    ],
    [
      'a sentence whose subject is a thing a passive names the author of',
      'The amendment, drafted by Rep. Tom Hale, would hand “a veto to the developers.”',
      'a veto',
      'Tom Hale',
    ],
  ])('the person who speaks inside it keeps the quote, or nobody named: %s', (_name, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });
});

describe('a he or she opening a sentence after a sentence about someone named earlier', () => {
  it.each([
    [
      'a man named as the object, then "she says"',
      'Dolores Vance sat in the back row. She did not stand when the man she had prosecuted, Curtis Abernathy, walked out. She did not try to speak to him. She went down to the garage.\n\n“I kept thinking I should feel something clean,” she says now.',
      'I kept thinking',
      'Dolores Vance',
    ],
    [
      'the same man then called "he"',
      'Dolores Vance sat in the back row. She did not stand when Curtis Abernathy walked out. She did not try to speak to him.\n\nFrank Delgado calls the project a stunt. “Either she was wrong then or she is wrong now,” Delgado says.\n\nAbernathy, now fifty-three, lives with his sister. He spent twenty years in prison.\n\n“People want me to say I forgive her,” he says.',
      'People want me',
      'Curtis Abernathy',
    ],
    [
      'a woman named inside a sentence about a man',
      'Tom Ruiz ran the union for a decade. He fired the treasurer, Ann Cole, in 2019. He never explained why.\n\n“It was the right call,” he says.',
      'It was the right',
      'Tom Ruiz',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a title marked as past points back only to a past holder', () => {
  it.each([
    [
      'not the current holder named just before',
      'Dolores Vance left the office in 2015.\n\nThe current county prosecutor, Janelle Okafor, has been more receptive. “She made us better,” Okafor said.\n\n“Nobody thanks you for finding out you were wrong,” the former prosecutor says.',
      'Nobody thanks',
      'Janelle Okafor',
    ],
    [
      'not the sitting chief',
      'Police Chief Marcus Hale defended the unit on Monday. “We follow the law,” Hale said.\n\n“That unit was out of control for years,” the retired chief said.',
      'That unit',
      'Marcus Hale',
    ],
  ])('%s', (_name, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });

  it.each([
    [
      'a former holder named as such',
      'Former Governor Alice Brant spoke at the rally. “We built this state on trust,” the former governor said.',
      'We built',
      'Alice Brant',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a body named as the modifier of an unnamed spokesperson speaks', () => {
  it.each([
    [
      'a place name for a government, colon lead-in',
      'A Downing Street spokesperson said: “The prime minister has full confidence in the chancellor.”',
      'The prime minister',
      'Downing Street',
    ],
    [
      'after the quote, "told reporters"',
      '“We do not comment on ongoing operations,” a Pentagon spokeswoman told reporters.',
      'We do not comment',
      'Pentagon',
    ],
    [
      'a company named before by its full name',
      'Tidewater Paving Ltd. pulled its crews. A Tidewater spokesperson later told reporters the company was “open to mediation.”',
      'open to mediation',
      'Tidewater',
    ],
    [
      'a possessive in the name',
      'A Sheriff’s Office spokesman said the department “does not comment on closed investigations.”',
      'does not comment',
      'Sheriff’s Office',
    ],
    ['another spokesman', 'Another Kremlin spokesman said: “We see no grounds for this.”', 'We see no', 'Kremlin'],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['a spokesperson alone', '“We are reviewing the decision,” a spokesperson said.', 'We are reviewing'],
    [
      'a person as the modifier',
      'Mayor Tom Vance was not available. A Vance spokeswoman said: “He is resting.”',
      'He is resting',
    ],
    ['a capitalised description', 'A Senior spokesman said: “No comment.”', 'No comment'],
  ])('nobody named: %s', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('"the X’s office" is the office of X, not another office named before', () => {
  it.each([
    [
      'the prosecutor’s office after the Sheriff’s Office',
      'A Sheriff’s Office spokesman declined to comment. A spokeswoman for the prosecutor’s office said the groups had “a professional working relationship.”',
      'a professional',
      'Sheriff’s Office',
    ],
    [
      'the mayor’s office after the Sheriff’s Office',
      'A Sheriff’s Office spokesman declined to comment. The mayor’s office said the review was “long overdue.”',
      'long overdue',
      'Sheriff’s Office',
    ],
  ])('%s', (_name, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });

  it.each([
    [
      'the same office, named before',
      'The Harlan County Sheriff’s Office opened an inquiry. A Sheriff’s Office spokesman spoke first. Later the sheriff’s office said it was “reviewing the footage.”',
      'reviewing the',
      'Sheriff’s Office',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a colon lead-in after a verb phrase that is not a speech verb', () => {
  it.each([
    [
      'a title, a name and a relative clause in apposition',
      'Councilman Phil Ortega, a Republican who represents the 3rd Ward, put it bluntly: “This is a bailout.”',
      'This is a bailout',
      'Phil Ortega',
    ],
    [
      '"didn\'t mince words"',
      'Councilwoman Dana Whitfield, a Democrat who represents the 5th District, didn’t mince words: “We were lied to.”',
      'We were lied',
      'Dana Whitfield',
    ],
    ['"was blunt"', 'Rep. Gary Lindholm was blunt: “This bill is dead on arrival.”', 'This bill', 'Gary Lindholm'],
    ['"summed it up"', 'Coach Tamsin Rourke summed it up: “We didn’t deserve to win.”', 'We didn’t', 'Tamsin Rourke'],
    [
      'a relative clause alone',
      'Phil Ortega, who represents the 3rd Ward, summed it up: “Nobody asked us.”',
      'Nobody asked',
      'Phil Ortega',
    ],
    [
      '"was less diplomatic" after a title in apposition',
      'The mayor, Celia Brandt, was less diplomatic: “They can pay or they can leave.”',
      'They can pay',
      'Celia Brandt',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"the spokesperson" after a spokesperson for a named body', () => {
  it.each([
    [
      '"for the" body',
      'A spokesperson for the Department of Public Works said in an email that the firm “was paid.” “The department expects the contractor to honour the terms,” the spokesperson wrote.',
      'The department expects',
      'Department of Public Works',
    ],
    [
      'the body as the modifier',
      'A Department of Public Works spokesperson said the firm “was paid.”\n\n“We are reviewing all options,” the spokesperson said.',
      'We are reviewing',
      'Department of Public Works',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a spokesman brought in with nobody named',
      'A Department of Public Works spokesperson said the firm “was paid.” A spokesman declined to comment further. “We are done here,” the spokesman said.',
      'We are done',
    ],
    [
      'a spokesman, then "the spokeswoman"',
      'A Pentagon spokesman said the base was “secure.” “We have nothing to add,” the spokeswoman said.',
      'We have nothing',
    ],
  ])('nobody named: %s', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});
