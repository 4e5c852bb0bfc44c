import { describe, expect, it } from 'vitest';
import { quoteWords, sameWords } from '../../../lib/match/quote-text';
import { findSameStatements, rankStatements } from '../../../lib/match/rank';
import type { RelationLike, StatementLike } from '../../../lib/match/types';

const munich: StatementLike = {
  id: 'munich',
  text: 'sovereignty, independence and territorial integrity ... Ukraine is no exception.',
  date: '2022-02-19',
};
const call: StatementLike = {
  id: 'call',
  text: 'China always respects the sovereignty and territorial integrity of all countries. At the same time, we also see a complex and unique historical context behind the Ukraine issue.',
  date: '2022-02-24',
};
const coldWar: StatementLike = {
  id: 'cold-war',
  text: 'Cold War mentality should be completely abandoned.',
  date: '2022-02-24',
};
const old: StatementLike = { id: 'old', text: 'Something from long ago.', date: '2015-01-01' };
const undated: StatementLike = { id: 'undated', text: 'No date known.' };
const all = [old, undated, coldWar, munich, call];
const rel = (fromId: string, toId: string): RelationLike => ({ fromId, toId, labelledBy: 'OnRecord starter pack' });

describe('sameWords', () => {
  it.each([
    ['China always respects the sovereignty and territorial integrity of all countries,', call.text, true],
    ['“Ukraine is no exception.”', munich.text, true],
    ['Sovereignty, independence and territorial integrity', munich.text, true],
    ['China always respects … all countries', call.text, true],
    ['China never respects the sovereignty', call.text, false],
    ['Ukraine', munich.text, false],
    ['is no', munich.text, false],
  ])('%j in statement: %s', (quote, statement, expected) => {
    expect(sameWords(quote, statement)).toBe(expected);
  });

  it('ignores marks, case and curly apostrophes', () => {
    expect(quoteWords('Russia’s “legitimate” CONCERNS—on security')).toBe("russia's legitimate concerns on security");
  });
});

describe('rankStatements', () => {
  it.each([
    [
      'the quote’s related statement first',
      'China always respects the sovereignty and territorial integrity',
      [],
      ['munich', 'call', 'cold-war', 'old', 'undated'],
    ],
    [
      'excluding the quote itself',
      'China always respects the sovereignty and territorial integrity',
      [{ excludeSame: true }],
      ['munich', 'cold-war', 'old', 'undated'],
    ],
    [
      'related first when the quote is unknown',
      'Words never stored anywhere',
      [],
      ['call', 'munich', 'cold-war', 'old', 'undated'],
    ],
    [
      'from the other end of the relation',
      'Ukraine is no exception',
      [],
      ['call', 'munich', 'cold-war', 'old', 'undated'],
    ],
  ] as const)('%s', (_label, quote, opts, ids) => {
    const ranked = rankStatements(all, [rel('call', 'munich')], quote, ...opts);
    expect(ranked.map((s) => s.id)).toEqual(ids);
  });

  it('orders by recency alone without relations, stable for equal dates', () => {
    const ranked = rankStatements(all, [], 'anything at all');
    expect(ranked.map((s) => s.id)).toEqual(['cold-war', 'call', 'munich', 'old', 'undated']);
  });

  it('does not change its input', () => {
    const input = [...all];
    rankStatements(input, [rel('call', 'munich')], 'x y z');
    expect(input).toEqual(all);
  });
});

describe('findSameStatements', () => {
  it('finds every stored statement a page quote belongs to', () => {
    expect(findSameStatements(all, '"Ukraine is no exception."').map((s) => s.id)).toEqual(['munich']);
    expect(findSameStatements(all, 'Not on record')).toEqual([]);
  });
});
