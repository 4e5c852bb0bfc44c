import { describe, expect, it } from 'vitest';
import {
  batchesOf,
  contextSummary,
  nextIndex,
  pageCounts,
  peopleFor,
  speakerRuns,
} from '@/components/sidepanel/panel-model';
import type { CardData, CardStatement, PagePerson, PageQuote } from '@/lib/core/protocol';

const q = (id: string, speaker: string | null): PageQuote => ({
  id,
  text: `words ${id}`,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});
const p = (name: string, role: string | null = null): PagePerson => ({ name, role, aliases: [], kind: 'person' });
const s = (id: string, relation: CardStatement['relation'] = null): CardStatement => ({
  id,
  text: `said ${id}`,
  sources: [],
  relation,
});
const card = (over: Partial<CardData>): CardData => ({
  quote: q('q', 'Wang Yi'),
  page: { url: 'https://n.test/a', title: 'A', outlet: null, publishedAt: null },
  speaker: 'Wang Yi',
  role: null,
  known: true,
  candidates: ['Wang Yi'],
  onRecord: null,
  earlier: [],
  ...over,
});

describe('speakerRuns', () => {
  it('keeps page order and groups only consecutive quotes of one speaker', () => {
    const runs = speakerRuns(
      [q('1', 'Hua'), q('2', 'Wang'), q('3', 'Wang'), q('4', null), q('5', 'Hua'), q('6', null)],
      [p('Wang', 'foreign minister'), p('Hua', 'spokesperson')],
    );
    expect(runs.map((r) => [r.speaker, r.role, r.quotes.map((x) => x.id)])).toEqual([
      ['Hua', 'spokesperson', ['1']],
      ['Wang', 'foreign minister', ['2', '3']],
      [null, null, ['4']],
      ['Hua', 'spokesperson', ['5']],
      [null, null, ['6']],
    ]);
    expect(new Set(runs.map((r) => r.key)).size).toBe(runs.length);
  });

  it('lists a quote the summary repeats once, where it first appears', () => {
    const runs = speakerRuns([q('1', 'Wang'), q('2', 'Hua'), q('1', 'Wang')], []);
    expect(runs.flatMap((r) => r.quotes.map((x) => x.id))).toEqual(['1', '2']);
  });

  it('gives nothing for no quotes', () => {
    expect(speakerRuns([], [p('Wang')])).toEqual([]);
  });
});

describe('pageCounts', () => {
  it('counts distinct quotes and credited speakers', () => {
    expect(pageCounts([q('1', 'A'), q('2', 'A'), q('3', null), q('3', null), q('4', 'B')])).toEqual({
      quotes: 4,
      speakers: 2,
    });
  });
});

describe('contextSummary', () => {
  it.each([
    ['nothing saved', card({}), ['Nothing saved before']],
    ['no speaker', card({ speaker: null, known: false, candidates: [] }), ['Speaker not identified']],
    [
      'several candidates',
      card({ known: false, candidates: ['Wang Yi', 'Wang Yi (athlete)'] }),
      ['Speaker could be several people'],
    ],
    [
      'a labelled relation and earlier statements',
      card({
        earlier: [s('a', { type: 'shifts-emphasis', note: '', labelledBy: 'x' }), s('b')],
      }),
      ['Shift in emphasis', '2 statements before'],
    ],
    [
      'checks first, suggestions marked as suggestions',
      card({
        onRecord: s('r'),
        altered: { statement: s('r'), ops: [] },
        recycled: { statement: s('r'), saidOn: '2019-01-01', daysEarlier: 900 },
        suggestions: [{ statement: s('t'), reason: 'r', earlierExcerpt: 'e' }],
        earlier: [s('t')],
      }),
      ['On record', 'Words differ from the record', 'Not new', 'Possible tension (suggestion)', '1 statement before'],
    ],
    [
      'one label per relation type',
      card({
        earlier: [
          s('a', { type: 'contradicts', note: '', labelledBy: 'x' }),
          s('b', { type: 'contradicts', note: '', labelledBy: 'y' }),
        ],
        suggestions: [
          { statement: s('a'), reason: 'r', earlierExcerpt: 'e' },
          { statement: s('b'), reason: 'r', earlierExcerpt: 'e' },
        ],
      }),
      ['Contradicts', '2 possible tensions (suggestions)', '2 statements before'],
    ],
    [
      'later statements counted apart from those before, their labels kept',
      card({ earlier: [s('a')], since: [s('b', { type: 'reverses', note: '', labelledBy: 'x' }), s('c')] }),
      ['Reverses', '1 statement before', '2 statements since'],
    ],
  ])('%s', (_name, data, expected) => {
    expect(contextSummary(data)).toEqual(expected);
  });
});

describe('peopleFor', () => {
  it("keeps only the people the quotes' speakers are", () => {
    const people = [p('Wang'), p('Hua'), p('Putin')];
    expect(peopleFor([q('1', 'Wang'), q('2', null), q('3', 'Hua')], people).map((x) => x.name)).toEqual([
      'Wang',
      'Hua',
    ]);
    expect(peopleFor([q('1', null)], people)).toEqual([]);
  });
});

describe('batchesOf', () => {
  it.each([
    [[], 3, []],
    [[1, 2, 3], 3, [[1, 2, 3]]],
    [[1, 2, 3, 4, 5, 6, 7], 3, [[1, 2, 3], [4, 5, 6], [7]]],
  ])('%j in %i', (items, size, expected) => {
    expect(batchesOf(items, size)).toEqual(expected);
  });
});

describe('nextIndex', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 0, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Tab', 0, 3, null],
    ['ArrowDown', 0, 0, null],
  ])('%s from %i of %i', (key, index, count, expected) => {
    expect(nextIndex(key, index, count)).toBe(expected);
  });
});
