import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportPack, importPack, PackError, readLibrary } from '@/lib/db/repos';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { MAX_PACK_BYTES, readPackFile } from '@/lib/pack/read-pack-file';
import { freshDb } from './helpers';

const DIR = join(process.cwd(), 'tests/fixtures/packs');
const META = { name: 'Snapshot', author: 'test', licence: 'none', date: '2026-01-01' };

/** Every bad file in the corpus and the line its refusal must contain: the record (or file) and the problem. */
const BAD: [file: string, error: string][] = [
  ['broken-json.json', 'file: is not valid JSON: Expected double-quoted property name'],
  ['truncated.json', 'The file seems cut short.'],
  ['empty.json', 'file: is empty'],
  ['whitespace-only.json', 'file: is empty'],
  ['html-page.json', 'file: is HTML or XML, not a JSON pack'],
  ['trailing-garbage.json', 'file: is not valid JSON: Unexpected non-whitespace character after JSON'],
  ['utf16le-bom.json', 'file: is UTF-16 text; save it as UTF-8'],
  ['utf16be-no-bom.json', 'file: contains NUL characters'],
  ['latin1.json', 'file: is not UTF-8 text (the first bad byte is at offset'],
  ['root-array.json', 'pack: is a list, not a JSON object'],
  ['root-string.json', 'pack: is a string, not a JSON object'],
  ['root-null.json', 'pack: is null, not a JSON object'],
  ['root-number.json', 'pack: is a number, not a JSON object'],
  ['wrong-format.json', 'pack: format is not "onrecord-pack"'],
  ['missing-format.json', 'pack: format is missing'],
  ['future-version.json', 'pack: version is not 1 (this version of OnRecord reads version 1)'],
  ['version-as-text.json', 'pack: version is not 1'],
  ['missing-meta.json', 'pack: meta is missing'],
  ['meta-bad-date.json', 'pack: meta.date is not an ISO date'],
  ['people-not-list.json', 'pack: people is not a list'],
  ['person-missing-name.json', 'Person 2 (id "p-bo"): name is missing'],
  ['person-name-number.json', 'Person 1 (id "p-ann"): name is not text (found 1234)'],
  ['person-blank-id.json', 'Person 2: id is empty'],
  ['person-bad-kind.json', 'Person 2 (id "p-bo"): kind is not one of person, organisation'],
  ['aliases-not-list.json', 'Person 1 (id "p-ann"): aliases is not a list (found "Lee")'],
  ['role-bad-date.json', 'Person 1 (id "p-ann"): roles[0].from is not a date'],
  ['statement-missing-text.json', 'Statement 3 (id "s-3"): text is missing'],
  ['statement-bad-date.json', 'Statement 1 (id "s-1"): date is not a date'],
  ['statement-unknown-person.json', 'Statement 3 (id "s-3"): personId "p-nobody" is not a person in this pack'],
  ['tags-not-text.json', 'Statement 1 (id "s-1"): tags[1] is not text'],
  ['duplicate-person-id.json', 'Person 3 (id "p-ann"): id "p-ann" is used twice'],
  ['duplicate-statement-id.json', 'Statement 4 (id "s-1"): id "s-1" is used twice'],
  ['relation-unknown-statement.json', 'Relation 1 (id "r-1"): toId "s-99" is not a statement in this pack'],
  ['relation-bad-type.json', 'Relation 1 (id "r-1"): type is not one of contradicts'],
  ['relation-self.json', 'Relation 1 (id "r-1"): relates a statement to itself'],
  ['relation-missing-labeller.json', 'Relation 1 (id "r-1"): labelledBy is missing'],
  ['source-javascript-url.json', 'Statement 1 (id "s-1"): sources[0].url is not a web link (http or https)'],
  ['source-data-url.json', 'Statement 1 (id "s-1"): sources[0].url is not a web link (http or https)'],
  ['source-file-url.json', 'Statement 1 (id "s-1"): sources[0].url is not a web link (http or https)'],
  ['proto-key-root.json', 'pack: key "__proto__" is not allowed'],
  ['constructor-key.json', 'people[0]: key "constructor" is not allowed'],
];

/** A valid pack with `n` of a record, for files too big to commit. */
function generated(edit: (pack: { people: unknown[]; statements: unknown[] }) => void): string {
  const pack = JSON.parse(readFileSync(join(DIR, 'accepted-utf8-bom.json'), 'utf8').replace(/^\uFEFF/, ''));
  edit(pack);
  return JSON.stringify(pack);
}

const GENERATED: [label: string, input: () => ArrayBuffer | string, error: string][] = [
  ['a file over the size cap', () => new ArrayBuffer(MAX_PACK_BYTES + 1), 'file: is 100.0 MB; a pack may be at most'],
  [
    'a list with too many records',
    () => generated((p) => (p.people = Array.from({ length: 250_001 }, () => null))),
    'pack: people has more than 250,000 records',
  ],
  [
    'a statement over 20,000 characters',
    () => generated((p) => ((p.statements[0] as { text: string }).text = 'word '.repeat(4001))),
    'Statement 1 (id "s-1"): text is too long',
  ],
  [
    'nesting 100,000 levels deep',
    () =>
      generated((p) => ((p.statements[0] as { tags: unknown }).tags = '@')).replace(
        '"@"',
        `${'['.repeat(1e5)}${']'.repeat(1e5)}`,
      ),
    'statements[0].tags[0][0]',
  ],
  [
    'a flood of broken records',
    () => generated((p) => (p.statements = Array.from({ length: 5000 }, (_, i) => ({ id: `x${i}` })))),
    '... and ',
  ],
];

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await loadStarterPackIfEmpty(db);
});
afterEach(() => db.close());

/** Reads a file as the manager does, then imports it; returns the refusal's lines (empty when it imported). */
async function tryImport(input: ArrayBuffer | Uint8Array | string): Promise<string[]> {
  const read = readPackFile(input);
  if (!read.ok) return read.errors;
  try {
    await importPack(db, read.json);
    return [];
  } catch (e) {
    if (e instanceof PackError) return e.errors;
    throw e;
  }
}

describe('bad pack files', () => {
  it('covers every file in the corpus', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('accepted-'));
    expect(files.sort()).toEqual(BAD.map(([f]) => f).sort());
  });

  it.each(BAD)('%s is refused, naming the problem, and the library is unchanged', async (file, error) => {
    const before = await exportPack(db, META);
    const errors = await tryImport(readFileSync(join(DIR, file)));
    expect(
      errors.some((e) => e.includes(error)),
      errors.join('\n'),
    ).toBe(true);
    expect(await exportPack(db, META)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(GENERATED)('%s is refused, naming the problem, and the library is unchanged', async (_l, input, error) => {
    const before = await exportPack(db, META);
    const errors = await tryImport(input());
    expect(
      errors.some((e) => e.includes(error)),
      errors.join('\n').slice(0, 2000),
    ).toBe(true);
    expect(errors.length).toBeLessThanOrEqual(51);
    expect(await exportPack(db, META)).toEqual(before);
  });
});

describe('files that are accepted', () => {
  it('reads a UTF-8 file with a byte order mark', async () => {
    expect(await tryImport(readFileSync(join(DIR, 'accepted-utf8-bom.json')))).toEqual([]);
    expect((await readLibrary(db)).people.map((p) => p.name)).toContain('Ann Lee');
  });

  it('stores markup and script in text fields as text, and the manager shows them as text', async () => {
    expect(await tryImport(readFileSync(join(DIR, 'accepted-html-in-text.json')))).toEqual([]);
    const library = await readLibrary(db);
    const said = library.statements.find((s) => s.id === 's-1')!;
    expect(said.text).toBe('We will <script>alert("never")</script> accept <b>this</b> & "that".');
    const root = document.createElement('div');
    document.body.append(root);
    render(<ManagerApp data={library} onLoadStarter={async () => {}} />, root);
    expect(root.querySelectorAll('script, img, iframe, svg, b')).toHaveLength(0);
    expect(root.textContent).toContain('<script>alert("never")</script>');
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">Bo Chen');
    render(null, root);
    root.remove();
  });
});
