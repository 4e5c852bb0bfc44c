/**
 * The rooms docs/architecture.md describes, held against the code's own imports: pure detection and
 * matching, a shared lib/core, a page room and components that never reach the database, a lib/ that never
 * reaches the pages, scripts or tests above it, and no import cycles.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, type ImportGraph, parseImports, readProjectGraph, resolveImport } from './import-graph';

const ROOT = join(__dirname, '../../..');

/**
 * A rule: files under `from` may not import anything under one of `never` (project folders or `pkg:` names),
 * and may import what is under `typesOnly` only for its types, so none of its code is bundled with them.
 */
interface Rule {
  from: string;
  never: string[];
  typesOnly?: string[];
  why: string;
}

const ABOVE_LIB = ['entrypoints/', 'components/', 'scripts/', 'tests/'];
/** The extension pages' own rooms: only their entrypoints import them. */
const PAGE_ROOMS = ['lib/manager/', 'lib/popup/', 'lib/sidepanel/'];
const PURE = [
  'lib/db/',
  'lib/page/',
  'lib/background/',
  ...PAGE_ROOMS,
  ...ABOVE_LIB,
  'pkg:dexie',
  'pkg:preact',
  'pkg:wxt',
];
/** Detection's layers from the top down: each reads only the layers under it, and the lexicons under them all. */
const DETECT_LAYERS = ['attribution', 'cues', 'referents', 'people', 'quotes', 'text'].map((l) => `lib/detect/${l}/`);
const DETECT_RULES: Rule[] = DETECT_LAYERS.map((from, i) => ({
  from,
  never: [...DETECT_LAYERS.slice(0, i), 'lib/detect/index.ts'],
  why: 'a detection layer reads only the layers under it',
}));
DETECT_RULES.push({ from: 'lib/detect/lexicons/', never: DETECT_LAYERS, why: 'lexicons are data under every layer' });

const RULES: Rule[] = [
  { from: 'lib/detect/', never: PURE, why: 'detection is pure: text in, spans out' },
  ...DETECT_RULES,
  { from: 'lib/match/', never: PURE, why: 'matching is pure: records in, rankings out' },
  {
    from: 'lib/factcheck/',
    never: PURE,
    why: 'fact-check reading and matching are pure: JSON and text in, records out',
  },
  {
    from: 'lib/core/',
    never: ['lib/db/', 'lib/page/', 'lib/background/', 'lib/pack/', ...PAGE_ROOMS, 'pkg:dexie', 'pkg:preact'],
    typesOnly: ['lib/detect/', 'lib/match/'],
    why: 'lib/core is shared by every context: the protocol, records and settings, nothing that runs a room',
  },
  {
    from: 'lib/page/',
    never: ['lib/db/', 'lib/background/', ...PAGE_ROOMS, 'pkg:dexie'],
    why: 'the page never opens the library',
  },
  {
    from: 'lib/pack/',
    never: ['lib/db/', 'lib/page/', 'lib/background/', ...PAGE_ROOMS, 'pkg:dexie', 'pkg:preact', 'pkg:wxt'],
    why: 'packs are read and checked below lib/db',
  },
  {
    from: 'lib/db/',
    never: ['lib/page/', 'lib/background/', ...PAGE_ROOMS],
    why: 'the repositories sit below the rooms that run them',
  },
  { from: 'lib/background/', never: PAGE_ROOMS, why: 'the background serves the pages by message, not by import' },
  {
    from: 'lib/manager/',
    never: ['lib/page/', 'lib/background/', 'lib/popup/', 'lib/sidepanel/'],
    why: 'the manager tab runs over lib/db, lib/core, lib/pack, lib/match and lib/factcheck',
  },
  {
    from: 'lib/popup/',
    never: ['lib/page/', 'lib/background/', 'lib/manager/', 'lib/sidepanel/'],
    why: 'the popup runs over lib/db, lib/core and lib/match; its entrypoint hands in the background’s lookups',
  },
  {
    from: 'lib/sidepanel/',
    never: ['lib/db/', 'lib/page/', 'lib/background/', 'lib/manager/', 'lib/popup/', 'pkg:dexie'],
    why: 'the side panel asks the tab and the background by message, over lib/core',
  },
  {
    from: 'components/',
    never: ['lib/db/', 'lib/background/', 'lib/page/', ...PAGE_ROOMS, 'pkg:dexie'],
    why: 'components take props and give callbacks, with records from lib/core',
  },
  { from: 'lib/', never: ABOVE_LIB, why: 'lib/ sits below the pages, scripts and tests' },
];

const under = (to: string, folders: string[] = []) =>
  folders.some((n) => to === n || to.startsWith(n.endsWith('/') ? n : `${n}/`));

/** Every import that breaks a rule, as "file -> target (why)". */
function violations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const [file, edges] of graph)
    for (const rule of RULES) {
      if (!file.startsWith(rule.from)) continue;
      for (const { to, typeOnly } of edges)
        if (under(to, rule.never) || (!typeOnly && under(to, rule.typesOnly)))
          out.push(`${file} -> ${to.replace(/^pkg:/, '')} (${rule.why})`);
    }
  return out;
}

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

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
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
    ['lib/page/session.ts', "import Dexie from 'dexie';", 'lib/page/session.ts -> dexie'],
    ['lib/page/dom/page.ts', "import type { Table } from 'dexie';", 'lib/page/dom/page.ts -> dexie'],
    ['lib/page/session.ts', "import { x } from '@/lib/db/repos';", 'lib/page/session.ts -> lib/db/repos.ts'],
    [
      'lib/page/session.ts',
      "import { y } from '../background/relay';",
      'lib/page/session.ts -> lib/background/relay.ts',
    ],
    ['lib/core/records.ts', "import { rank } from '../match/rank';", 'lib/core/records.ts -> lib/match/rank.ts'],
    ['lib/core/protocol.ts', "import { x } from '@/lib/db/repos';", 'lib/core/protocol.ts -> lib/db/repos.ts'],
    [
      'lib/pack/pack-schema.ts',
      "import type { x } from '@/lib/db/repos';",
      'lib/pack/pack-schema.ts -> lib/db/repos.ts',
    ],
    ['lib/db/repos.ts', "import { y } from '@/lib/background/relay';", 'lib/db/repos.ts -> lib/background/relay.ts'],
    ['lib/match/rank.ts', "import { h } from 'preact';", 'lib/match/rank.ts -> preact'],
    ['lib/detect/people/names.ts', "import { browser } from 'wxt/browser';", 'lib/detect/people/names.ts -> wxt'],
    ['lib/db/bench.ts', "import { App } from '@/components/App';", 'lib/db/bench.ts -> components/App.tsx'],
    ['components/Card.tsx', "import type { Db } from '../lib/db/repos';", 'components/Card.tsx -> lib/db/repos.ts'],
    [
      'components/manager/App.tsx',
      "import { watchLibrary } from '@/lib/manager/store';",
      'components/manager/App.tsx -> lib/manager/store.ts',
    ],
    ['lib/db/repos-x.ts', "import type { A } from '@/lib/manager/store';", 'lib/db/repos-x.ts -> lib/manager/store.ts'],
    ['lib/background/menu.ts', "import { load } from '../popup/load';", 'lib/background/menu.ts -> lib/popup/load.ts'],
    [
      'lib/popup/load.ts',
      "import { watchLibrary } from '@/lib/manager/store';",
      'lib/popup/load.ts -> lib/manager/store.ts',
    ],
    [
      'lib/popup/load.ts',
      "import { loadCard } from '@/lib/background/relay';",
      'lib/popup/load.ts -> lib/background/relay.ts',
    ],
    [
      'lib/popup/load.ts',
      "import type { RememberSet } from '../background/relay';",
      'lib/popup/load.ts -> lib/background/relay.ts',
    ],
    [
      'lib/manager/store.ts',
      "import { y } from '@/lib/background/relay';",
      'lib/manager/store.ts -> lib/background/relay.ts',
    ],
    ['lib/sidepanel/load.ts', "import { x } from '@/lib/db/repos';", 'lib/sidepanel/load.ts -> lib/db/repos.ts'],
  ])('%s: %s is caught', (file, source, expected) => {
    const files = {
      'lib/db/repos.ts': '',
      'lib/background/relay.ts': '',
      'lib/match/rank.ts': '',
      'components/App.tsx': '',
      'lib/manager/store.ts': '',
      'lib/popup/load.ts': '',
      [file]: source,
    };
    expect(violations(fixture(files)).map((v) => v.replace(/ \(.*\)$/, ''))).toEqual([expected]);
  });

  it.each([
    ['components/Card.tsx', "import { type Person, RELATION_TYPES } from '@/lib/core/records';"],
    ['lib/core/protocol.ts', "import type { Cue } from '../match/rank';"],
    ['lib/page/session.ts', "import type { PageQuote } from '@/lib/core/protocol';"],
    ['lib/manager/store.ts', "import { readLibrary } from '@/lib/db/repos';"],
    ['lib/popup/load.ts', "import type { PageSummary } from '@/lib/core/protocol';"],
    ['entrypoints/popup/main.tsx', "import { loadCard } from '@/lib/background/relay';"],
    ['entrypoints/manager/main.tsx', "import { watchLibrary } from '@/lib/manager/store';"],
  ])('%s: %s is allowed', (file, source) => {
    const files = {
      'lib/core/records.ts': '',
      'lib/core/protocol.ts': '',
      'lib/match/rank.ts': '',
      'lib/db/repos.ts': '',
      'lib/manager/store.ts': '',
      'lib/background/relay.ts': '',
      [file]: source,
    };
    expect(violations(fixture(files))).toEqual([]);
  });

  it('finds a cycle, type-only edges included', () => {
    const cycles = findCycles(
      fixture({
        'lib/page/a.ts': "import { b } from './b';",
        'lib/page/b.ts': "export { a } from './a';",
        'lib/detect/c.ts': "import type { D } from './d';",
        'lib/detect/d.ts': "import { c } from './c';",
        'lib/page/e.ts': "import { a } from './a';",
      }),
    );
    expect(cycles).toEqual([
      ['lib/detect/c.ts', 'lib/detect/d.ts'],
      ['lib/page/a.ts', 'lib/page/b.ts'],
    ]);
  });
});
