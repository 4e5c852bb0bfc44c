import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person, Relation, Statement } from '@/lib/core/records';
import { statementsToCsv } from '@/lib/pack/export-csv';
import { jsonlToPack } from '@/lib/pack/jsonl-to-pack';
import type { Pack } from '@/lib/pack/pack-schema';
import { checkPack, parsePack } from '@/lib/pack/parse-pack';
import { runPackCli } from '../../../scripts/pack';
import { fixtureJson } from './signature-support';

let dir: string;
const at = (name: string) => join(dir, name);
const META = ['--author', 'Test desk', '--licence', 'CC0', '--title', 'Harbour', '--date', '2026-12-01'];
const source = fixtureJson<Record<string, unknown>>('signed.onrecord.json');
const checked = parsePack(source);
const expected = (checked.ok ? checked.pack : null) as Pack;
const T = '2026-01-01T00:00:00.000Z';

/** The fixture as JSON lines, one record a line tagged with its list. */
function jsonl(pack: Pack): string {
  const tag = (record: string, items: unknown[]) =>
    items.map((item) => JSON.stringify({ record, ...(item as object) }));
  return [
    ...tag('person', pack.people),
    '',
    ...tag('statement', pack.statements),
    ...tag('relation', pack.relations),
  ].join('\n');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('build from JSON lines', () => {
  it('writes the records as an import would read them, with the meta from the command line', async () => {
    writeFileSync(at('in.jsonl'), jsonl(expected));
    const run = await runPackCli(['build', at('in.jsonl'), '--out', at('out.onrecord.json'), ...META]);
    expect(run.code).toBe(0);
    const built = JSON.parse(readFileSync(at('out.onrecord.json'), 'utf8'));
    expect(built.meta).toEqual({ name: 'Harbour', author: 'Test desk', licence: 'CC0', date: '2026-12-01' });
    expect(built.people).toEqual(expected.people);
    expect(built.statements).toEqual(expected.statements);
    expect(built.relations).toEqual(expected.relations);
    expect(parsePack(built).ok).toBe(true);
    expect(run.lines[0]).toContain(`${expected.statements.length} statements`);
  });

  it.each([
    ['a line that is not JSON', (lines: string[]) => lines.with(2, '{"record": "statement",'), 3, 'not valid JSON'],
    [
      'a line without "record"',
      (lines: string[]) => lines.with(0, '{"id": "x", "name": "X"}'),
      1,
      '"record" is missing',
    ],
    ['a line with an unknown record', (lines: string[]) => lines.with(1, '{"record": "people"}'), 2, '"people"'],
    [
      'a statement with a bad date',
      (l: string[]) => l.with(4, l[4]?.replace(/"date":"[^"]*"/, '"date":"2024-13-40"') ?? ''),
      5,
      'date',
    ],
    [
      'a relation to a missing statement',
      (l: string[]) => l.with(10, l[10]?.replace(/"toId":"[^"]*"/, '"toId":"gone"') ?? ''),
      11,
      '"gone"',
    ],
  ])('refuses %s, naming line %i, and writes nothing', async (_, change, line, says) => {
    const lines = jsonl(expected).split('\n');
    writeFileSync(at('in.jsonl'), change(lines).join('\n'));
    const run = await runPackCli(['build', at('in.jsonl'), '--out', at('out.onrecord.json'), ...META]);
    expect(run.code).toBe(1);
    const problem = run.lines
      .join('\n')
      .split('\n')
      .find((l) => l.includes(`line ${line}:`));
    expect(problem).toContain(says);
    expect(existsSync(at('out.onrecord.json'))).toBe(false);
  });

  it('numbers lines from 1, counting blank ones', () => {
    const read = jsonlToPack('\n{"record":"person","id":"a","name":"A"}\n\n{"record":"review"}', {
      name: 'n',
      author: 'a',
      licence: 'l',
      date: '2026-01-01',
    });
    expect(read.ok && read.lines).toEqual({ people: [2], statements: [], relations: [], reviews: [4] });
  });
});

describe('build from the manager CSV', () => {
  const stamp = <T>(items: T[]) => items.map((i) => ({ ...i, createdAt: T, updatedAt: T }));
  const csv = statementsToCsv({
    people: stamp(expected.people) as Person[],
    statements: stamp(expected.statements) as Statement[],
    relations: stamp(expected.relations) as Relation[],
  });

  it('reads the CSV the manager exports back into the same records', async () => {
    writeFileSync(at('in.csv'), csv);
    const run = await runPackCli(['build', at('in.csv'), '--out', at('out.onrecord.json'), ...META]);
    expect(run.code).toBe(0);
    const built = JSON.parse(readFileSync(at('out.onrecord.json'), 'utf8'));
    expect(built.statements).toEqual(expected.statements);
    expect(built.relations.map((r: Relation) => [r.fromId, r.toId, r.type])).toEqual(
      expected.relations.map((r) => [r.fromId, r.toId, r.type]),
    );
    expect(built.people.map((p: Person) => p.name)).toEqual(expected.people.map((p) => p.name));
    expect(checkPack(built).ok).toBe(true);
  });

  it('names the row of a bad statement', async () => {
    const rows = csv.split('\n');
    const bad = rows.findIndex((r) => r.includes('2025-01-15'));
    writeFileSync(at('in.csv'), rows.with(bad, rows[bad]?.replace('2025-01-15', '2025-02-30') ?? '').join('\n'));
    const run = await runPackCli(['build', at('in.csv'), '--out', at('out.onrecord.json'), ...META]);
    expect(run.code).toBe(1);
    expect(run.lines.join('\n')).toMatch(new RegExp(`line ${bad + 1}: statements\\[\\d\\].*date`));
  });

  it('refuses a CSV without its required columns', async () => {
    writeFileSync(at('in.csv'), 'name,quote\nA,B\n');
    const run = await runPackCli(['build', at('in.csv'), '--out', at('out.onrecord.json'), ...META]);
    expect(run.code).toBe(1);
    expect(run.lines[0]).toContain('person, text');
  });
});

describe('meta', () => {
  it.each([
    [['--licence', 'CC0'], '--author'],
    [['--author', 'Desk'], '--licence'],
    [[], '--author and --licence'],
  ])('with %j asks for %s', async (given, missing) => {
    writeFileSync(at('in.jsonl'), jsonl(expected));
    const run = await runPackCli(['build', at('in.jsonl'), '--out', at('out.onrecord.json'), ...given]);
    expect(run.code).toBe(1);
    expect(run.lines[0]).toContain(`missing ${missing}`);
  });
});
