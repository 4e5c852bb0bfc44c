/**
 * Rendering never throws on data: every surface that draws library data (the manager's list, the card, the
 * side panel's rows, the popup) is drawn over fuzzed libraries — any code unit including lone surrogates,
 * very long text, impossible dates and odd links — as a library written by an older version might hold, so
 * without the door's fitting. Fixed seed in `npm test`; `npm run fuzz` runs longer with a printed seed.
 */
import fc from 'fast-check';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import { ManagerApp } from '@/components/manager/ManagerApp';
import { Popup } from '@/components/popup/Popup';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { groupSpeakers } from '@/lib/core/popup-speakers';
import type { CardData, CardStatement, PageQuote } from '@/lib/core/protocol';
import { type Person, RELATION_TYPES, type Relation, type Statement } from '@/lib/core/records';
import { freshRoot } from '@/tests/support/render-root';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_106);
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', ' ', '\uD800', '\uDC00', '\u202E', '\0', '…', '-'),
      maxLength: 40,
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 30_000 }).map((n) => 'w '.repeat(n)) },
);
const date = fc.option(
  fc.oneof(
    text,
    fc.constantFrom(
      '2023-02-30',
      '2023-13-01',
      '+010000-01-01T00:00:00.000Z',
      '0000-00-00',
      '2022-02-19',
      '9999-12-31',
    ),
  ),
  { nil: undefined },
);
const url = fc.oneof(
  fc.webUrl(),
  text,
  fc.constantFrom(
    'javascript:alert(1)',
    'file:///etc/passwd',
    `https://example.org/${'p'.repeat(5_000)}`,
    'https://[::1',
  ),
);
const source = fc.record({
  url,
  outlet: fc.option(text, { nil: undefined }),
  title: fc.option(text, { nil: undefined }),
  publishedAt: date,
});
const statement = (personIds: string[]) =>
  fc.record({
    id: text,
    personId: fc.constantFrom(...personIds, 'nobody'),
    text,
    date,
    venue: fc.option(text, { nil: undefined }),
    sources: fc.array(source, { maxLength: 3 }),
    tags: fc.array(text, { maxLength: 3 }),
    context: fc.option(fc.record({ prefix: text, suffix: text }), { nil: undefined }),
    createdAt: text,
    updatedAt: text,
  });
const people = fc.uniqueArray(
  fc.record({
    id: text,
    name: text,
    aliases: fc.array(text, { maxLength: 3 }),
    roles: fc.array(fc.record({ title: text, from: date, to: date }), { maxLength: 2 }),
    kind: fc.constantFrom('person' as const, 'organisation' as const),
    createdAt: text,
    updatedAt: text,
  }),
  { minLength: 1, maxLength: 4, selector: (p) => p.id },
);
const library = people.chain((ps) =>
  fc
    .record({
      statements: fc.uniqueArray(statement(ps.map((p) => p.id)), { maxLength: 6, selector: (s) => s.id }),
      relations: fc.array(
        fc.record({ type: fc.constantFrom(...RELATION_TYPES), note: text, labelledBy: text, a: fc.nat(), b: fc.nat() }),
        { maxLength: 4 },
      ),
    })
    .map(({ statements, relations }) => ({
      people: ps as Person[],
      statements: statements as Statement[],
      relations: statements.length
        ? relations.map(
            (r, i): Relation => ({
              id: `r${i}`,
              fromId: statements[r.a % statements.length]!.id,
              toId: statements[r.b % statements.length]!.id,
              type: r.type,
              note: r.note,
              labelledBy: r.labelledBy,
              createdAt: '',
            }),
          )
        : [],
    })),
);

type Library = typeof library extends fc.Arbitrary<infer T> ? T : never;

function cardStatement(s: Statement, lib: Library): CardStatement {
  const r = lib.relations.find((x) => x.fromId === s.id);
  return {
    id: s.id,
    text: s.text,
    date: s.date,
    venue: s.venue,
    sources: s.sources,
    relation: r ? { type: r.type, note: r.note, labelledBy: r.labelledBy } : null,
  };
}

function cardOf(lib: Library, quote: PageQuote): CardData {
  const earlier = lib.statements.map((s) => cardStatement(s, lib));
  const first = earlier[0];
  return {
    quote,
    page: {
      url: lib.statements[0]?.sources[0]?.url ?? 'https://example.org',
      title: quote.prefix,
      outlet: quote.suffix,
      publishedAt: lib.statements[0]?.date ?? null,
    },
    speaker: lib.people[0]!.name,
    role: { title: lib.people[0]!.roles[0]?.title ?? quote.text, from: 'library' },
    known: true,
    candidates: lib.people.map((p) => p.name),
    onRecord: first ?? null,
    earlier,
    altered: first
      ? {
          statement: first,
          ops: [{ type: 'replace', from: first.text.split(' '), to: quote.text.split(' '), elision: false }],
        }
      : null,
    recycled: first
      ? { statement: first, saidOn: first.date ?? quote.text, daysEarlier: 9_999_999, publishedOn: quote.prefix }
      : null,
    suggestions: earlier.map((statement) => ({
      statement,
      reason: quote.text,
      earlierExcerpt: statement.text,
      quoteExcerpt: quote.text,
    })),
  };
}

let root: HTMLElement;
let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
  return freshRoot((el) => (root = el));
});
afterEach(() => errors.mockRestore());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('every surface draws any library without an error', () => {
  if (process.env.FUZZ_SEED) console.log(`fuzz seed ${SEED}, ${RUNS} runs`);

  it('the manager, the card, the side panel and the popup', async () => {
    await fc.assert(
      fc.asyncProperty(library, text, async (lib, words) => {
        const quote: PageQuote = {
          id: 'q',
          text: words || 'x',
          kind: 'direct',
          speaker: lib.people[0]!.name,
          prefix: words,
          suffix: words,
        };
        const card = cardOf(lib, quote);
        const surfaces = [
          <ManagerApp key="m" data={lib} onLoadStarter={async () => {}} />,
          <QuoteCard
            key="c"
            data={card}
            onOpenManager={() => {}}
            onClose={() => {}}
            save={{ saved: null, saving: false, onSave: () => {} }}
          />,
          <SidePanel
            key="s"
            state={{
              kind: 'page',
              summary: { page: card.page, enabled: true, article: true, quotes: [quote], people: [] },
            }}
            cards={new Map([[quote.id, card]])}
            libraryEmpty={false}
            lookupError={null}
            notice={null}
            onNeed={() => {}}
            onReveal={() => {}}
            onRefresh={() => {}}
            onOpenManager={() => {}}
          />,
          <Popup
            key="p"
            state={{
              kind: 'page',
              site: words,
              enabled: true,
              article: true,
              speakers: groupSpeakers({ quotes: [quote], people: [] }),
              stored: Object.fromEntries(lib.people.map((p) => [p.name, lib.statements.length])),
            }}
            settings={{ paused: false, disabledSites: [] }}
            onToggleSite={() => {}}
            onTogglePause={() => {}}
            onOpenManager={() => {}}
            onReveal={() => {}}
          />,
        ];
        for (const surface of surfaces) {
          render(surface, root);
          await settle();
          render(null, root);
        }
        expect(errors).not.toHaveBeenCalled();
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
