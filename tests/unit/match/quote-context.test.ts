import { describe, expect, it } from 'vitest';
import { matchQuote } from '@/lib/match/quote-context';
import { tensionKey } from '@/lib/match/tension';
import type { RelationLike, StatementLike } from '@/lib/match/types';

const st = (id: string, text: string, date?: string): StatementLike => ({ id, text, date });
const rel = (fromId: string, toId: string): RelationLike => ({ fromId, toId, labelledBy: 'me' });
const library = [
  st('pledge', 'We will not raise taxes on working families.', '2019-03-01'),
  st('plan', 'We will raise taxes on working families to fund the plan.', '2023-05-02'),
  st('weather', 'The weather was fine for the games.', '2023-06-01'),
];

describe('matchQuote', () => {
  it('brings ranking, suggestions, altered and recycled together for one quote', () => {
    const quote = 'We will not raise taxes on hard working families.';
    const ctx = matchQuote(quote, library, [], '2024-01-10');
    expect(ctx.same).toEqual([]);
    expect(ctx.earlier.map((r) => r.statement.id)).toEqual(['pledge', 'plan', 'weather']);
    expect(ctx.suggestions.map((t) => t.statement.id)).toEqual(['plan']);
    expect(ctx.suggestions[0]!.cues[0]!.kind).toBe('negation');
    expect(ctx.altered?.statement.id).toBe('pledge');
    expect(ctx.recycled?.statement.id).toBe('pledge');
    expect(ctx.recycled?.saidOn).toBe('2019-03-01');
  });

  it('uses the statement pair as key when the quote is on record, and leaves it out of the list', () => {
    const ctx = matchQuote('We will not raise taxes on working families.', library, [], '2019-03-02');
    expect(ctx.same.map((s) => s.id)).toEqual(['pledge']);
    expect(ctx.earlier.map((r) => r.statement.id)).not.toContain('pledge');
    expect(ctx.suggestions.map((t) => t.key)).toEqual(['pair:plan|pledge']);
    expect(ctx.altered).toBeNull();
    expect(ctx.recycled).toBeNull();
  });

  it('suggests nothing where a person already labelled the relation', () => {
    const ctx = matchQuote('We will not raise taxes on working families.', library, [rel('plan', 'pledge')], null);
    expect(ctx.suggestions).toEqual([]);
    expect(ctx.earlier[0]?.tier).toBe(0);
  });

  it('suggests no tension with the statement the quote alters: the diff shows it', () => {
    const ctx = matchQuote('We will raise taxes on working families.', library.slice(0, 1), [], null);
    expect(ctx.altered?.statement.id).toBe('pledge');
    expect(ctx.suggestions).toEqual([]);
  });

  it('hides dismissed suggestions', () => {
    const quote = 'We will not raise taxes on hard working families.';
    const dismissed = new Set([tensionKey({ text: quote }, 'plan')]);
    expect(matchQuote(quote, library, [], null, { dismissed }).suggestions).toEqual([]);
  });
});
