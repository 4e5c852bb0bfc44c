import { describe, expect, it } from 'vitest';
import { quoteWords, sameWords } from '@/lib/match/quote-text';
import { findSameStatements, rankWithReasons } from '@/lib/match/rank';
import type { RelationLike, StatementLike } from '@/lib/match/types';

/** The statements alone, in the order the card lists them. */
const cardOrder = (...args: Parameters<typeof rankWithReasons<StatementLike>>) =>
  rankWithReasons(...args).map((r) => r.statement);

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

describe('card order', () => {
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
    const ranked = cardOrder(all, [rel('call', 'munich')], quote, ...opts);
    expect(ranked.map((s) => s.id)).toEqual(ids);
  });

  it('orders by recency alone without relations, stable for equal dates', () => {
    const ranked = cardOrder(all, [], 'anything at all');
    expect(ranked.map((s) => s.id)).toEqual(['cold-war', 'call', 'munich', 'old', 'undated']);
  });

  it('does not change its input', () => {
    const input = [...all];
    cardOrder(input, [rel('call', 'munich')], 'x y z');
    expect(input).toEqual(all);
  });
});

describe('card order by relevance', () => {
  const st = (id: string, text: string, date?: string): StatementLike => ({ id, text, date });
  const library = [
    st('weather', 'The weather in Beijing was fine for the games.', '2024-05-01'),
    st('taiwan', 'Taiwan is an inalienable part of China.', '2023-01-01'),
    st('ukraine-talks', 'Peace talks on Ukraine must respect the sovereignty of every state.', '2022-03-01'),
    st('ukraine-name', 'We discussed Ukraine.', '2021-01-01'),
    st('sovereignty', 'Sovereignty matters to every nation.', '2020-01-01'),
    st('trade', 'Trade with Europe grew strongly.', '2024-01-01'),
  ];

  it.each([
    [
      'the statement sharing most words and names first, recency among the unrelated',
      'Ukraine’s sovereignty must be respected in any peace talks',
      [],
      ['ukraine-talks', 'ukraine-name', 'sovereignty', 'weather', 'trade', 'taiwan'],
    ],
    [
      'a shared name outweighs a shared common word',
      'What happens in Ukraine matters',
      [],
      ['ukraine-name', 'ukraine-talks', 'sovereignty', 'weather', 'trade', 'taiwan'],
    ],
    [
      'inflected forms meet',
      'Respecting sovereignty is a principle.',
      [],
      ['ukraine-talks', 'sovereignty', 'weather', 'trade', 'taiwan', 'ukraine-name'],
    ],
    [
      'a relation to another statement breaks ties, not relevance',
      'Trade grew',
      [rel('weather', 'ukraine-name')],
      ['trade', 'weather', 'ukraine-name', 'taiwan', 'ukraine-talks', 'sovereignty'],
    ],
    [
      'a relation to this quote beats relevance',
      'Taiwan is an inalienable part of China.',
      [rel('taiwan', 'weather')],
      ['weather', 'taiwan', 'trade', 'ukraine-talks', 'ukraine-name', 'sovereignty'],
    ],
  ] as const)('%s', (_label, quote, relations, ids) => {
    expect(cardOrder(library, [...relations], quote).map((s) => s.id)).toEqual(ids);
  });

  it('gives the reasons with each statement', () => {
    const [first] = rankWithReasons(library, [], 'Peace in Ukraine');
    expect(first?.statement.id).toBe('ukraine-talks');
    expect(first?.tier).toBe(2);
    expect(first?.relevance.sharedEntities).toEqual(['Ukraine']);
    expect(first?.relevance.sharedWords).toEqual(['peace', 'ukraine']);
  });

  it('ranks thousands of statements (benchmark, printed only)', () => {
    const words = 'sovereignty trade security talks peace border economy climate growth market energy rights'.split(
      ' ',
    );
    const names = ['Ukraine', 'Russia', 'Taiwan', 'the United States', 'NATO', 'the Munich Security Conference'];
    const big = Array.from({ length: 5000 }, (_, i) =>
      st(
        `s${i}`,
        `On ${names[i % names.length]} we said the ${words[i % words.length]} and ${words[(i * 7) % words.length]} of all countries must be respected, and ${words[(i * 3) % words.length]} protected.`,
        `20${String(10 + (i % 15))}-01-01`,
      ),
    );
    const quote = 'China always respects the sovereignty and territorial integrity of all countries, Ukraine included.';
    const t0 = performance.now();
    const ranked = cardOrder(big, [], quote);
    const t1 = performance.now();
    cardOrder(big, [], 'Trade and energy with Russia');
    const t2 = performance.now();
    console.log(
      `rank: ${big.length} statements, first quote ${(t1 - t0).toFixed(1)} ms, next quote ${(t2 - t1).toFixed(1)} ms`,
    );
    expect(ranked).toHaveLength(big.length);
    expect(ranked[0]!.text).toContain('Ukraine');
    expect(ranked[0]!.text).toContain('sovereignty');
  });
});

describe('findSameStatements', () => {
  it('finds every stored statement a page quote belongs to', () => {
    expect(findSameStatements(all, '"Ukraine is no exception."').map((s) => s.id)).toEqual(['munich']);
    expect(findSameStatements(all, 'Not on record')).toEqual([]);
  });
});
