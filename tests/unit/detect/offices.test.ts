import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { findOffices } from '@/lib/detect/people/offices';

/** Speaker of the quote starting with `words` in `text`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('unnamed spokespeople speak for their organisation', () => {
  it.each([
    [
      'lower-case office after "a spokeswoman for the"',
      'A spokeswoman for the Korean trade ministry said Seoul was "ready to talk" about tariffs.',
      'ready to talk',
      'Korean trade ministry',
    ],
    [
      'inverted cue after the quote',
      '"We will review the findings," said a spokesman for the Dutch health ministry.',
      'We will review',
      'Dutch health ministry',
    ],
    [
      'capitalised organisation after the spokesperson',
      '"No decision has been taken," said a spokesperson for the Brazilian Foreign Ministry.',
      'No decision',
      'Brazilian Foreign Ministry',
    ],
    [
      'office named before the role noun',
      'A Norwegian defence ministry spokeswoman called the flights "deliberate provocations".',
      'deliberate provocations',
      'Norwegian defence ministry',
    ],
    [
      'lower-case office without a nationality',
      'A representative of the state transport department said the bridge was "safe to use".',
      'safe to use',
      'state transport department',
    ],
    [
      'a named lower-case office as the subject of "said"',
      'In a statement, the Swiss finance ministry said it was "deeply concerned" by the vote.',
      'deeply concerned',
      'Swiss finance ministry',
    ],
    [
      "a place's office as the subject of a participle cue",
      'Peru\'s interior ministry rejected the report, saying it was "full of errors".',
      'full of errors',
      "Peru's interior ministry",
    ],
    [
      'an unnamed minister whose aside names a broadcaster stays unnamed',
      'The minister, speaking on Radio Nova\'s morning show, said: "We have no plans to raise taxes."',
      'We have no plans',
      null,
    ],
    [
      'a long title between the cue and the name',
      '"This is a good day for workers," said Unite general secretary Dana Frost.',
      'This is a good day',
      'Dana Frost',
    ],
    [
      'an organisation named with "International" is quoted as an organisation',
      'Global Witness International said the deal was "a disgrace".',
      'a disgrace',
      'Global Witness International',
    ],
    [
      'a capitalised company a spokesperson speaks for',
      '"We take safety seriously," said a spokesperson for Corvane.',
      'We take safety',
      'Corvane',
    ],
    [
      'a company read as a speaker first, then named as the employer',
      'Halvorsen did not reply at first. "We are reviewing it," a spokeswoman for Halvorsen said later.',
      'We are reviewing',
      'Halvorsen',
    ],
    [
      'a spokesman for a named person stays with the person',
      'A spokesman for Mr. Dorsey called the claims "untrue".',
      'untrue',
      'Dorsey',
    ],
    [
      'a spokesman for the ministry with no ministry named stays unnamed',
      'A spokesman for the ministry said the decision was "final and binding".',
      'final and binding',
      null,
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });

  it('lists a quoted office among the people as an organisation', () => {
    const d = detect('A spokeswoman for the Chilean mining ministry said output would "recover soon".');
    expect(d.people).toEqual([expect.objectContaining({ name: 'Chilean mining ministry', kind: 'organisation' })]);
  });
});

describe('findOffices', () => {
  it.each([
    ['after a spokesperson', 'a spokesperson for the Irish housing department said', ['Irish housing department']],
    ['before a spokesperson', 'An Indian home ministry spokesman said', ['Indian home ministry']],
    ['bare office noun', 'a spokesman for the ministry said', []],
    ['fully capitalised name', 'a spokesman for the Home Office said', []],
    ['no spokesperson', 'the Japanese foreign ministry building was closed', []],
    ['subject of a reporting verb', 'the Greek health ministry has said', ['Greek health ministry']],
    ['lower-case only, as a subject', 'the foreign ministry said', []],
  ])('%s', (_name, text, expected) => {
    expect(findOffices(text).map((o) => o.name)).toEqual(expected);
  });
});

describe('employers of spokespeople', () => {
  it.each([
    ['a company', 'A spokeswoman for Corvane said prices would be "kept low".', 'Corvane', 'organisation'],
    ['a person keeps being a person', '"No comment," said a spokesman for Hana Ito.', 'Hana Ito', 'person'],
  ])('%s', (_name, text, name, kind) => {
    expect(detect(text).people.find((p) => p.name === name)?.kind).toBe(kind);
  });
});
