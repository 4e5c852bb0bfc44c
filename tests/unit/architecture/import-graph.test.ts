/**
 * The layering docs/architecture.md describes, held against the code's own imports: pure detection and
 * matching, a DOM layer and components that never reach the database, a lib/ that never reaches the pages,
 * scripts or tests above it, and no import cycles.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, type ImportGraph, parseImports, readProjectGraph, resolveImport } from './import-graph';

const ROOT = join(__dirname, '../../..');

/** A rule: files under `from` may not import anything under one of `never` (project folders or `pkg:` names). */
interface Rule {
  from: string;
  never: string[];
  why: string;
}

const PURE = [
  'lib/db/',
  'lib/page/',
  'lib/background/',
  'components/',
  'entrypoints/',
  'pkg:dexie',
  'pkg:preact',
  'pkg:wxt',
];
const RULES: Rule[] = [
  { from: 'lib/detect/', never: PURE, why: 'detection is pure: text in, spans out' },
  { from: 'lib/match/', never: PURE, why: 'matching is pure: records in, rankings out' },
  { from: 'lib/page/', never: ['lib/db/', 'pkg:dexie'], why: 'the content script never opens the library' },
  { from: 'components/', never: ['lib/db/', 'pkg:dexie'], why: 'components take props and give callbacks' },
  { from: 'lib/', never: ['entrypoints/', 'components/', 'scripts/', 'tests/'], why: 'lib/ sits below the pages' },
];

/**
 * Known for now, until the domain records move out of lib/db: components name the library's record types
 * (Person, Statement, Relation) from lib/db/types.ts, type-only, so nothing of the database is bundled with them;
 * the two relate forms read the RELATION_TYPES list from there, and the manager reads the trash's policy
 * (TRASH_DAYS, purgeDay) from lib/db/trash-policy.ts; both files are pure and import no database code.
 */
const KNOWN_TYPE_IMPORTS = new Set(['components/ -> lib/db/types.ts']);
const KNOWN_VALUE_IMPORTS = new Set([
  'components/card/RelateForm.tsx -> lib/db/types.ts',
  'components/manager/RelateForm.tsx -> lib/db/types.ts',
  'components/manager/ManagerApp.tsx -> lib/db/trash-policy.ts',
]);

/** Every import that breaks a rule, as "file -> target (why)". */
function violations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [file, edges] of graph)
    for (const rule of RULES) {
      if (!file.startsWith(rule.from)) continue;
      for (const { to, typeOnly } of edges) {
        const banned = rule.never.some((n) => to === n || to.startsWith(n.endsWith('/') ? n : `${n}/`));
        if (!banned || KNOWN_VALUE_IMPORTS.has(`${file} -> ${to}`)) continue;
        if (typeOnly && KNOWN_TYPE_IMPORTS.has(`${rule.from} -> ${to}`)) continue;
        out.push(`${file} -> ${to.replace(/^pkg:/, '')} (${rule.why})`);
      }
    }
  return out;
}

/** Cycles that may stand for now: lib/detect is being reworked elsewhere. */
const outsideDetect = (cycles: string[][]) => cycles.filter((c) => !c.every((f) => f.startsWith('lib/detect/')));

const graph = readProjectGraph(ROOT, ['lib', 'components', 'entrypoints']);

describe('the import graph', () => {
  it('reads every source file, and every import between them leads to one of them', () => {
    expect(graph.has('entrypoints/background.ts')).toBe(true);
    const unresolved = [...graph].flatMap(([file, edges]) =>
      edges.filter((e) => !e.to.startsWith('pkg:') && !graph.has(e.to)).map((e) => `${file} -> ${e.to}`),
    );
    expect(unresolved).toEqual([]);
    expect(graph.get('lib/match/tension.ts')).toContainEqual({ to: 'lib/match/disagreement-cues.ts', typeOnly: false });
  });

  it('keeps every layering rule', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('has no import cycle outside lib/detect', () => {
    const cycles = findCycles(graph);
    console.log(`import cycles: ${cycles.length} (${cycles.map((c) => c.join(' <-> ')).join('; ') || 'none'})`);
    expect(outsideDetect(cycles)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const fixture = (files: Record<string, string>): ImportGraph =>
    new Map(
      Object.entries(files).map(([file, source]) => [
        file,
        parseImports(source).flatMap(({ spec, typeOnly }) => {
          const to = resolveImport(file, spec, (p) => p in files);
          return to ? [{ to, typeOnly }] : [];
        }),
      ]),
    );

  it.each([
    ['lib/page/dom/page.ts', "import Dexie from 'dexie';", 'lib/page/dom/page.ts -> dexie'],
    ['lib/page/session.ts', "import { x } from '../db/repos';", 'lib/page/session.ts -> lib/db/repos.ts'],
    ['lib/match/rank.ts', "import { h } from 'preact';", 'lib/match/rank.ts -> preact'],
    ['lib/detect/names.ts', "import { browser } from 'wxt/browser';", 'lib/detect/names.ts -> wxt'],
    ['lib/db/bench.ts', "import { App } from '@/components/App';", 'lib/db/bench.ts -> components/App.tsx'],
    [
      'components/Card.tsx',
      "import { putStatement } from '../lib/db/repos';",
      'components/Card.tsx -> lib/db/repos.ts',
    ],
    [
      'components/Card.tsx',
      "import { type Person, RELATION_TYPES } from '../lib/db/types';",
      'components/Card.tsx -> lib/db/types.ts',
    ],
  ])('%s: %s is caught', (file, source, expected) => {
    const files = {
      [file]: source,
      'lib/db/repos.ts': '',
      'lib/db/types.ts': '',
      'components/App.tsx': '',
    };
    expect(violations(fixture(files)).map((v) => v.replace(/ \(.*\)$/, ''))).toEqual([expected]);
  });

  it('lets components name the record types, type-only', () => {
    const files = { 'components/Card.tsx': "import type { Person } from '../lib/db/types';", 'lib/db/types.ts': '' };
    expect(violations(fixture(files))).toEqual([]);
  });

  it('finds a cycle and tells lib/detect apart', () => {
    const cycles = findCycles(
      fixture({
        'lib/dom/a.ts': "import { b } from './b';",
        'lib/dom/b.ts': "export { a } from './a';",
        'lib/detect/c.ts': "import type { D } from './d';",
        'lib/detect/d.ts': "import { c } from './c';",
        'lib/dom/e.ts': "import { a } from './a';",
      }),
    );
    expect(cycles).toEqual([
      ['lib/detect/c.ts', 'lib/detect/d.ts'],
      ['lib/dom/a.ts', 'lib/dom/b.ts'],
    ]);
    expect(outsideDetect(cycles)).toEqual([['lib/dom/a.ts', 'lib/dom/b.ts']]);
  });
});
