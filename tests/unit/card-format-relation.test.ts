import { describe, expect, it } from 'vitest';
import { relationPhrase, whenRelative } from '@/components/card/format';
import { listedCount, recordNotice } from '@/components/card/record-notice';
import { saveLabel } from '@/components/card/SaveQuote';
import type { CardData, CardStatement } from '@/components/card/types';

describe('relationPhrase: a label read with its direction', () => {
  it.each([
    ['contradicts', 'it-to-this', 'contradicts this'],
    ['contradicts', 'this-to-it', 'this contradicts it'],
    ['shifts-emphasis', 'it-to-this', 'shifts emphasis from this'],
    ['shifts-emphasis', 'this-to-it', 'this shifts emphasis from it'],
    ['consistent-with', 'this-to-it', 'this is consistent with it'],
    ['reverses', undefined, 'Reverses'],
  ] as const)('%s %s', (type, direction, expected) => {
    expect(relationPhrase(type, direction)).toBe(expected);
  });
});

describe('whenRelative: the listed statement measured from the statement on the page', () => {
  it.each([
    ['2022-02-24', '2022-02-19', 'Later, on 24 Feb 2022'],
    ['2022-02-19', '2022-02-24', 'Earlier, on 19 Feb 2022'],
    ['2022-02-24', '2022-02-24', 'The same day, 24 Feb 2022'],
    ['2022-02', '2022-02-24', 'Around then, Feb 2022'],
    ['2022-02-19', null, 'On 19 Feb 2022'],
    [undefined, '2022-02-24', 'Undated'],
  ])('%s against %s', (date, thisDate, expected) => {
    expect(whenRelative(date, thisDate)).toBe(expected);
  });
});

const stmt = (id: string): CardStatement => ({ id, text: id, sources: [], relation: null });
const base: CardData = {
  quote: { id: 'q', text: 'x', kind: 'direct', speaker: 'Sergey Lavrov', prefix: '', suffix: '' },
  page: { url: 'https://x.example/', title: 't', outlet: null, publishedAt: '2022-02-24' },
  speaker: 'Sergey Lavrov',
  role: null,
  known: true,
  candidates: ['Sergey Lavrov'],
  onRecord: null,
  earlier: [],
};

describe('recordNotice: one line, never contradicting "On record"', () => {
  it.each([
    ['nothing on record, nothing listed', {}, 'nothing-saved'],
    ['on record and nothing else', { onRecord: stmt('s') }, 'only-this'],
    ['statements before', { earlier: [stmt('a')] }, null],
    ['only statements since', { since: [stmt('a')] }, null],
    ['only undated statements', { undated: [stmt('a')] }, null],
    ['several people could be meant', { known: false, candidates: ['A', 'B'] }, 'ambiguous'],
    ['no speaker', { speaker: null }, 'no-speaker'],
  ] as const)('%s', (_name, over, expected) => {
    expect(recordNotice({ ...base, ...over } as CardData)).toBe(expected);
  });

  it('counts every section', () => {
    expect(listedCount({ ...base, earlier: [stmt('a')], since: [stmt('b')], undated: [stmt('c')] })).toBe(3);
  });
});

describe('saveLabel: the Save button says what it will do', () => {
  it.each([
    [null, 'Save quote'],
    ['new-source', 'Add this source to the statement on record'],
    ['this-page', 'Already saved from this page'],
  ] as const)('%s', (onRecord, expected) => {
    expect(saveLabel(onRecord)).toBe(expected);
  });
});
