/**
 * The library benchmark itself, free of any runtime: it takes an open database, so the same code measures
 * fake-indexeddb in Node and real IndexedDB in Chromium (scripts/bench-db.ts runs both).
 */

import type { OnRecordDb } from '../../lib/db/database-schema';
import { exportPack, importPack, previewImport, readLibrary } from '../../lib/db/repos';
import { buildSearchIndex } from '../../lib/db/search-index';
import { readPackFile } from '../../lib/pack/read-pack-file';
import { syntheticPack, typedQueries } from './synthetic-library';

/** One line of the results table: what was measured, the figure, and the target it must meet, if any. */
export interface BenchRow {
  what: string;
  value: number;
  unit: 'ms' | 's' | 'MB';
  /** The figure must be at most this (same unit). */
  max?: number;
}

/**
 * Imports `statements` statements into an empty `db` the way the manager does (preview, then import), searches
 * keystroke by keystroke, exports; returns rows.
 */
export async function runLibraryBench(db: OnRecordDb, statements: number): Promise<BenchRow[]> {
  const text = JSON.stringify(syntheticPack(statements, Math.max(1, Math.round(statements / 50))));
  let t0 = performance.now();
  const read = readPackFile(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const preview = await previewImport(db, read.json);
  const previewMs = performance.now() - t0;
  if (preview.statements.added !== statements) throw new Error(`preview adds ${preview.statements.added}`);
  const t1 = performance.now();
  const summary = await importPack(db, preview.accepted);
  const applyMs = performance.now() - t1;
  const importMs = performance.now() - t0;
  if (summary.statements.added !== statements) throw new Error(`imported ${summary.statements.added}`);

  // The manager holds the library in memory and searches it with an in-memory word index.
  t0 = performance.now();
  const library = await readLibrary(db);
  const readMs = performance.now() - t0;
  t0 = performance.now();
  const index = buildSearchIndex(library.people, library.statements);
  const buildMs = performance.now() - t0;

  const keystrokes = typedQueries(40);
  const times: number[] = [];
  for (const query of keystrokes) {
    t0 = performance.now();
    const matches = index.query(query);
    // Results: the newest 50 matching statements (the snapshot is newest first), as the manager lists them.
    const shown: unknown[] = [];
    for (const x of library.statements) {
      if (shown.length === 50 || !matches) break;
      if (matches.statementIds.has(x.id)) shown.push(x);
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);

  // A second import of the same pack: every record is compared with the library and merged.
  t0 = performance.now();
  const again = await importPack(db, JSON.parse(text));
  const reimportMs = performance.now() - t0;
  if (again.statements.merged !== statements) throw new Error(`merged ${again.statements.merged}`);

  t0 = performance.now();
  const pack = await exportPack(db, { name: 'Export', author: 'bench', licence: 'CC0', date: '2026-01-01' });
  const exported = JSON.stringify(pack);
  const exportMs = performance.now() - t0;

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const n = statements.toLocaleString('en');
  return [
    {
      what: `import ${n} statements (${mb(text.length)} pack): file to preview to committed`,
      value: importMs / 1000,
      unit: 's',
      max: 15,
    },
    {
      what: '  of which the preview (read, check, plan the merges; writes nothing)',
      value: previewMs / 1000,
      unit: 's',
    },
    { what: '  of which the import itself (one transaction)', value: applyMs / 1000, unit: 's' },
    { what: `import the same ${n} statements again (all merged)`, value: reimportMs / 1000, unit: 's' },
    { what: 'read the library into the manager (one transaction)', value: readMs, unit: 'ms' },
    { what: 'build the in-memory search index (first keystroke)', value: buildMs, unit: 'ms' },
    {
      what: `search, keystroke to 50 results, p50 (${keystrokes.length} keystrokes)`,
      value: pct(times, 50),
      unit: 'ms',
    },
    { what: 'search, keystroke to 50 results, p95', value: pct(times, 95), unit: 'ms', max: 100 },
    { what: 'search, keystroke to 50 results, max', value: times.at(-1)!, unit: 'ms' },
    { what: `export as a pack (${mb(exported.length)})`, value: exportMs / 1000, unit: 's' },
  ];
}

/** The value at percentile `p` of sorted values. */
export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
