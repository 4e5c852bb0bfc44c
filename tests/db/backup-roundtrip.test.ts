import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Person, RELATION_TYPES, type Relation, type Statement } from '@/lib/core/records';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary } from '@/lib/db/repos-curation';
import { readLibrary } from '@/lib/db/repos-library';
import { exportPack, importPack } from '@/lib/db/repos-pack';
import { putPerson } from '@/lib/db/repos-people';
import { putRelation } from '@/lib/db/repos-relations';
import { putStatement } from '@/lib/db/repos-statements';
import { UnstorableRecordError } from '@/lib/pack/storable';
import { freshDb } from './helpers';

/** Text as pages and packs bring it: any code unit (lone surrogates included), sometimes very long. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\uD800', '\uDC00', 'é', '\0'), maxLength: 30 }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 400, max: 3_000 }).map((n) => 'x'.repeat(n)) },
);
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'Z', '\uD83D\uDE00'), minLength: 1, maxLength: 8 });
const oddDate = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('2023-02-30', '2023-13-01', '+010000-01-01T00:00:00.000Z', '0999-01-01', '2022-02-19', '9999-12-31'),
  fc
    .date({ min: new Date(-70_000_000_000_000), max: new Date(300_000_000_000_000), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.integer({ min: 1_990, max: 2_300 }).map((n) => `https://example.org/${'p'.repeat(n)}`),
  fc.constantFrom('file:///home/me/page.html', 'javascript:alert(1)'),
);
const source = fc.record({ url, outlet: anyText, title: anyText, publishedAt: oddDate }, { requiredKeys: ['url'] });

/** A library as the extension's own writes build it: records through the repositories, in any order. */
const library = fc.record({
  people: fc.uniqueArray(
    fc.record({ id: word, name: anyText, aliases: fc.array(anyText, { maxLength: 4 }), from: oddDate }),
    { minLength: 1, maxLength: 4, selector: (p) => p.id },
  ),
  statements: fc.array(
    fc.record({
      who: fc.nat(),
      text: anyText,
      date: oddDate,
      venue: fc.option(anyText, { nil: undefined }),
      sources: fc.array(source, { maxLength: 3 }),
      tags: fc.uniqueArray(word, { maxLength: 3 }),
      prefix: anyText,
    }),
    { maxLength: 6 },
  ),
  relations: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), type: fc.constantFrom(...RELATION_TYPES), note: anyText })),
});

type Library = typeof library extends fc.Arbitrary<infer T> ? T : never;

/** A write the library's door refused is a record the extension cannot build; any other failure is a bug. */
async function refusedOr<T>(write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (e) {
    if (e instanceof UnstorableRecordError) return undefined;
    throw e;
  }
}

async function build(db: OnRecordDb, lib: Library): Promise<void> {
  const people: Person[] = [];
  for (const p of lib.people) {
    const person: Person = {
      id: p.id,
      name: p.name.trim() ? p.name : 'Anon',
      aliases: p.aliases.filter((a) => a.trim()),
      roles: [{ title: 'Minister', ...(p.from ? { from: p.from } : {}) }],
      kind: 'person',
      createdAt: '',
      updatedAt: '',
    };
    const stored = await refusedOr(putPerson(db, person));
    if (stored) people.push(stored);
  }
  const statements: Statement[] = [];
  if (people.length === 0) return;
  for (const [i, s] of lib.statements.entries()) {
    const statement: Statement = {
      id: `s${i}`,
      personId: people[s.who % people.length]?.id ?? 'nobody',
      text: s.text.trim() ? s.text : 'words',
      ...(s.date ? { date: s.date } : {}),
      ...(s.venue ? { venue: s.venue } : {}),
      sources: s.sources.filter((src, j, all) => all.findIndex((o) => o.url === src.url) === j) as Statement['sources'],
      tags: s.tags,
      context: { prefix: s.prefix, suffix: '' },
      createdAt: '',
      updatedAt: '',
    };
    const stored = await refusedOr(putStatement(db, statement));
    if (stored) statements.push(stored);
  }
  for (const [i, r] of lib.relations.entries()) {
    if (statements.length < 2) break;
    const from = statements[r.a % statements.length]!;
    const to = statements[(r.a + 1 + (r.b % (statements.length - 1))) % statements.length]!;
    const relation: Relation = {
      id: `r${i}`,
      fromId: from.id,
      toId: to.id,
      type: r.type,
      note: r.note,
      labelledBy: 'me',
      createdAt: '',
    };
    await refusedOr(putRelation(db, relation));
  }
}

function sorted(data: Awaited<ReturnType<typeof readLibrary>>) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people: byId(data.people), statements: byId(data.statements), relations: byId(data.relations) };
}

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('a backup restores the library it was made from', () => {
  it('export, delete everything, import: the same library, for random libraries', async () => {
    await fc.assert(
      fc.asyncProperty(library, async (lib) => {
        await clearLibrary(db);
        await db.people.clear();
        await build(db, lib);
        const before = sorted(await readLibrary(db));
        const file = JSON.stringify(
          await exportPack(db, { name: 'backup', author: 'me', licence: 'private', date: '2024-01-01' }),
        );
        await clearLibrary(db);
        const summary = await importPack(db, JSON.parse(file));
        expect(summary.rejected).toEqual([]);
        expect(sorted(await readLibrary(db))).toEqual(before);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20_260_105), numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  }, 120_000);
});
