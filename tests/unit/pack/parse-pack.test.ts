import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/pack/parse-pack';
import { STARTER_PACK } from '@/lib/pack/starter-data';

/** A small valid pack; each test breaks one thing in a copy. */
function pack(): Record<string, unknown> {
  return {
    format: 'onrecord-pack',
    version: 1,
    meta: { name: 'Test', author: 'Tester', licence: 'CC0', date: '2024-01-01' },
    people: [{ id: 'p1', name: 'Ann Lee', roles: [{ title: 'Minister', from: '2020-01-01' }] }],
    statements: [
      {
        id: 's1',
        personId: 'p1',
        text: 'First words.',
        date: '2021-01-01',
        sources: [{ url: 'https://example.org/a' }],
      },
      { id: 's2', personId: 'p1', text: 'Later words.', date: '2022-01-01' },
    ],
    relations: [{ id: 'r1', fromId: 's2', toId: 's1', type: 'reverses', note: 'Changed course.', labelledBy: 'me' }],
  };
}

/** The valid pack with the value at a dotted path replaced ('' replaces the whole pack). */
function broken(path: string, value: unknown): unknown {
  if (!path) return value;
  const root = pack();
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return root;
}

function errorsOf(input: unknown): string[] {
  const result = parsePack(input);
  return result.ok ? [] : result.errors;
}

describe('parsePack', () => {
  it('accepts a valid pack and fills defaults', () => {
    const result = parsePack(pack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.people[0]).toMatchObject({ aliases: [], kind: 'person' });
    expect(result.pack.statements[1]).toMatchObject({ sources: [], tags: [] });
  });

  it('accepts the bundled starter pack', () => {
    expect(errorsOf(STARTER_PACK)).toEqual([]);
  });

  it.each([
    ['not an object', '', 'hello', 'pack: '],
    ['wrong format', 'format', 'other', 'pack: format is not "onrecord-pack"'],
    ['future version', 'version', 2, 'pack: version is not 1'],
    ['missing meta field', 'meta', { name: 'x', author: 'y', date: '2024-01-01' }, 'pack: meta.licence'],
    ['people not a list', 'people', {}, 'pack: people is not a list'],
    ['empty name', 'people.0.name', '  ', 'Person 1 (id "p1"): name is empty'],
    ['bad role date', 'people.0.roles.0.from', '1 Jan 2020', 'Person 1 (id "p1"): roles[0].from is not a date'],
    ['bad kind', 'people.0.kind', 'robot', 'Person 1 (id "p1"): kind is not one of person, organisation'],
    ['alias not text', 'people.0.aliases', [3], 'Person 1 (id "p1"): aliases[0] is not text (found 3)'],
    ['record without id', 'people.1', { name: 'X' }, 'Person 2: id is missing'],
    [
      'javascript link',
      'statements.0.sources.0.url',
      'javascript:alert(1)',
      'Statement 1 (id "s1"): sources[0].url is not a web link (http or https)',
    ],
    ['oversized text', 'statements.0.text', 'x'.repeat(20_001), 'Statement 1 (id "s1"): text is too long'],
    [
      'unknown person',
      'statements.1.personId',
      'p9',
      'Statement 2 (id "s2"): personId "p9" is not a person in this pack',
    ],
    [
      'duplicate id',
      'statements.2',
      { id: 's1', personId: 'p1', text: 'Again.' },
      'Statement 3 (id "s1"): id "s1" is used twice',
    ],
    ['unknown relation type', 'relations.0.type', 'agrees', 'Relation 1 (id "r1"): type is not one of contradicts'],
    ['dangling relation', 'relations.0.toId', 's9', 'Relation 1 (id "r1"): toId "s9" is not a statement in this pack'],
    ['self relation', 'relations.0.toId', 's2', 'Relation 1 (id "r1"): relates a statement to itself'],
  ])('refuses %s', (_label, path, value, message) => {
    const errors = errorsOf(broken(path, value));
    expect(
      errors.some((e) => e.startsWith(message)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('reports every broken record, not just the first', () => {
    const p = broken('people.0.name', '') as { statements: { text: string }[]; relations: { note: unknown }[] };
    p.statements[0]!.text = '';
    p.relations[0]!.note = 5;
    expect(errorsOf(p)).toHaveLength(3);
  });

  it('caps a flood of errors', () => {
    const errors = errorsOf(
      broken(
        'people',
        Array.from({ length: 500 }, () => ({})),
      ),
    );
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toMatch(/more$/);
  });
});
