/**
 * The library benchmark itself, free of any runtime: it takes an open database, so the same code measures
 * fake-indexeddb in Node and real IndexedDB in Chromium (scripts/bench-db.ts runs both).
 */

import { readPackFile } from '../../pack/read-pack-file';
import { exportPack, importPack, readLibrary } from '../repos';
import type { OnRecordDb } from '../schema';
import { buildSearchIndex } from '../search-index';
import { syntheticPack, typedQueries } from './synthetic-library';

/** One line of the results table: what, result, target. */
export type BenchRow = [string, string, string];

/** Imports `statements` statements into an empty `db`, searches keystroke by keystroke, exports; returns rows. */
export async function runLibraryBench(db: OnRecordDb, statements: number): Promise<BenchRow[]> {
  const text = JSON.stringify(syntheticPack(statements, Math.max(1, Math.round(statements / 50))));
  let t0 = performance.now();
  const read = readPackFile(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const summary = await importPack(db, read.json);
  const importMs = performance.now() - t0;
  if (summary.statements.added !== statements) throw new Error(`imported ${summary.statements.added}`);

  // The manager holds the library in memory (a live query) and searches it with an in-memory word index.
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

  t0 = performance.now();
  const pack = await exportPack(db, { name: 'Export', author: 'bench', licence: 'CC0', date: '2026-01-01' });
  const exported = JSON.stringify(pack);
  const exportMs = performance.now() - t0;

  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return [
    [`import ${statements.toLocaleString('en')} statements (${mb(text.length)} pack)`, seconds(importMs), '<= 15 s'],
    ['read the library into the manager (one transaction)', millis(readMs), ''],
    ['build the in-memory search index', millis(buildMs), ''],
    [`search, keystroke to 50 results, p50 (${keystrokes.length} keystrokes)`, millis(pct(times, 50)), ''],
    ['search, keystroke to 50 results, p95', millis(pct(times, 95)), '<= 100 ms'],
    ['search, keystroke to 50 results, max', millis(times.at(-1)!), ''],
    [`export as a pack (${mb(exported.length)})`, seconds(exportMs), ''],
  ];
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function millis(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function seconds(n: number): string {
  return `${(n / 1000).toFixed(1)} s`;
}
