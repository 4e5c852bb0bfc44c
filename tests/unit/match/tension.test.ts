import { describe, expect, it } from 'vitest';
import { findCues, readSentence } from '@/lib/match/disagreement-cues';
import { excerpt, findTensions, tensionKey } from '@/lib/match/tension';
import type { StatementLike } from '@/lib/match/types';

const st = (id: string, text: string, date = '2021-01-01'): StatementLike => ({ id, text, date });

describe('findTensions', () => {
  it.each([
    // found: negation flips
    [
      'is / is not',
      'Nuclear power is a safe option for the country.',
      'Nuclear power is not a safe option.',
      ['negation'],
    ],
    ['will / won’t', 'We will raise taxes on fuel next year.', 'We won’t raise taxes on fuel.', ['negation']],
    [
      'no exception / except',
      'Every country except Ukraine may choose its alliances.',
      'Ukraine is no exception.',
      ['exception'],
    ],
    // found: opposite words, same polarity
    [
      'support / oppose',
      'We support the new trade agreement with Canada.',
      'We oppose the trade agreement with Canada.',
      ['antonym'],
    ],
    [
      'respect / violate',
      'The strikes violate the sovereignty of Syria.',
      'We respect the sovereignty of Syria.',
      ['antonym'],
    ],
    ['increase / decrease', 'Defence spending will increase.', 'Defence spending will decrease.', ['antonym']],
    ['raise / cut', 'The bank will cut interest rates.', 'The bank will raise interest rates.', ['antonym']],
    [
      'always / never',
      'China never interferes in internal affairs of others.',
      'China always interferes in internal affairs of others.',
      ['negation', 'antonym'],
    ],
    // found: firmness shifts
    [
      'must / may',
      'Sanctions may be lifted once talks resume.',
      'Sanctions must be lifted once talks resume.',
      ['modality'],
    ],
    [
      'will / might',
      'Troops might leave the region by summer.',
      'Troops will leave the region by summer.',
      ['modality'],
    ],
  ])('found: %s', (_label, earlier, page, kinds) => {
    const [t, ...more] = findTensions({ text: page }, [st('e', earlier)]);
    expect(more).toEqual([]);
    expect(t?.kind).toBe('suggestion');
    expect(t?.cues.map((c) => c.kind)).toEqual(kinds);
    expect(t?.statement.id).toBe('e');
    expect(t?.reason).toEqual({
      code: 'shared-topic',
      shared: t?.shared.slice(0, 3),
      pulls: t?.cues.map((c) => ({ code: c.kind, page: c.page, earlier: c.earlier })),
    });
    expect(t?.earlierExcerpt).toBe(earlier);
  });

  it.each([
    ['same words', 'We support the trade agreement with Canada.', 'We support the trade agreement with Canada.'],
    ['same position, other words', 'We support the trade agreement.', 'We back the trade agreement with Canada.'],
    [
      'negated antonym agrees',
      'We support the trade agreement with Canada.',
      'We do not oppose the trade agreement with Canada.',
    ],
    ['both negated', 'Nuclear power is not safe.', 'Nuclear power is not a safe option.'],
    ['other topic', 'We oppose the fishing quotas.', 'We support the trade agreement with Canada.'],
    ['both tentative', 'Sanctions may be lifted.', 'Sanctions might be lifted.'],
    ['May the month', 'Troops will leave the region in May.', 'Troops will leave the region in May next year.'],
    [
      'seed: respects vs no exception',
      'sovereignty, independence and territorial integrity ... Ukraine is no exception.',
      'China always respects the sovereignty and territorial integrity of all countries,',
    ],
  ])('not found: %s', (_label, earlier, page) => {
    expect(findTensions({ text: page }, [st('e', earlier)])).toEqual([]);
  });

  it('quotes the sentences that carry the cue, not the whole statements', () => {
    const earlier = 'Thank you all for coming. We will raise taxes on fuel next year. The weather is fine.';
    const page = 'Our plans are clear. We won’t raise taxes on fuel, he said.';
    const [t] = findTensions({ text: page }, [st('e', earlier)]);
    expect(t?.earlierExcerpt).toBe('We will raise taxes on fuel next year.');
    expect(t?.pageExcerpt).toBe('We won’t raise taxes on fuel, he said.');
    expect(t?.cues[0]).toEqual({ kind: 'negation', page: 'will not raise', earlier: 'we will raise' });
    expect(t?.reason).toEqual({
      code: 'shared-topic',
      shared: ['raise', 'taxes', 'fuel'],
      pulls: [{ code: 'negation', page: 'will not raise', earlier: 'we will raise' }],
    });
  });

  it('names what both share as the quote writes it, names capitalised', () => {
    const [t] = findTensions({ text: 'China will recognise the annexation of Crimea.' }, [
      st('e', 'We will never recognise the annexation of Crimea.'),
    ]);
    expect(t?.shared).toEqual(['recognise', 'annexation', 'Crimea']);
  });

  it('skips the quote’s own statement and orders by topical overlap', () => {
    const page = 'We will not raise taxes on fuel or on income.';
    const found = findTensions({ text: page, statementId: 'self' }, [
      st('self', 'A different wording the library stores for this quote: we will raise taxes.'),
      st('weak', 'We will raise taxes.'),
      st('strong', 'We will raise taxes on fuel and on income.'),
    ]);
    expect(found.map((t) => t.statement.id)).toEqual(['strong', 'weak']);
    expect(found[0]!.key).toBe('pair:self|strong');
  });
});

describe('tensionKey', () => {
  it('is the same whatever the marks, case and spacing', () => {
    const a = tensionKey({ text: '“We will NOT raise taxes,”' }, 's1');
    expect(tensionKey({ text: 'we will not  raise taxes' }, 's1')).toBe(a);
    expect(tensionKey({ text: 'we will raise taxes' }, 's1')).not.toBe(a);
    expect(tensionKey({ text: 'we will not raise taxes' }, 's2')).not.toBe(a);
  });

  it('keys a pair of statements in either order alike', () => {
    expect(tensionKey({ text: 'x', statementId: 'b' }, 'a')).toBe(tensionKey({ text: 'y', statementId: 'a' }, 'b'));
  });
});

describe('findCues', () => {
  it.each([
    ['He cannot accept it.', 'He can accept it.', 'negation', 'can not accept', 'he can accept'],
    ['We agree with them.', 'We disagree with them.', 'antonym', 'we agree', 'we disagree'],
    ['Prices rose sharply.', 'Prices fell sharply.', 'antonym', 'prices rose', 'prices fell'],
  ])('%j vs %j: %s', (page, earlier, kind, p, e) => {
    expect(findCues(readSentence(page), readSentence(earlier))).toContainEqual({ kind, page: p, earlier: e });
  });
});

describe('excerpt', () => {
  it('keeps a short sentence whole and cuts a long one around the cue', () => {
    expect(excerpt('We will raise taxes.', 'raise')).toBe('We will raise taxes.');
    const long = `${'word '.repeat(60)}raise ${'more '.repeat(60)}`.trim();
    const cut = excerpt(long, 'raise');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut).toContain('raise');
    expect(cut.split(' ').length).toBeLessThanOrEqual(42);
  });
});
