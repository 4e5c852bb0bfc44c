/**
 * Benchmarks the library at 100,000 statements: import (file text to committed transaction), search from a
 * keystroke to results, and export. Runs in Node on fake-indexeddb, an in-memory IndexedDB written in
 * JavaScript: slower than a browser's, so these figures are an upper bound for the same code in Chromium.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { syntheticPack, typedQueries } from '../lib/db/bench/synthetic-library';
import { exportPack, importPack, readLibrary } from '../lib/db/repos';
import { OnRecordDb } from '../lib/db/schema';
import { buildSearchIndex } from '../lib/db/search-index';
import { readPackFile } from '../lib/pack/read-pack-file';

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 100_000);
const PEOPLE = Math.max(1, Math.round(STATEMENTS / 50));

function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const db = new OnRecordDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const text = JSON.stringify(syntheticPack(STATEMENTS, PEOPLE));
  const mb = (text.length / 1024 / 1024).toFixed(1);

  let t0 = performance.now();
  const read = readPackFile(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const summary = await importPack(db, read.json);
  const importMs = performance.now() - t0;
  if (summary.statements.added !== STATEMENTS) throw new Error(`imported ${summary.statements.added}`);

  // The manager holds the library in memory (a live query) and searches it with an in-memory word index.
  t0 = performance.now();
  const library = await readLibrary(db);
  const readMs = performance.now() - t0;
  t0 = performance.now();
  const index = buildSearchIndex(library.people, library.statements);
  const buildMs = performance.now() - t0;

  const keystrokes = typedQueries(40);
  const times: number[] = [];
  let found = 0;
  for (const query of keystrokes) {
    t0 = performance.now();
    const matches = index.query(query);
    // Results: the newest 50 matching statements, as the manager lists them.
    const shown = matches ? library.statements.filter((x) => matches.statementIds.has(x.id)).slice(0, 50) : [];
    times.push(performance.now() - t0);
    found += shown.length;
  }
  times.sort((a, b) => a - b);

  t0 = performance.now();
  const pack = await exportPack(db, { name: 'Export', author: 'bench', licence: 'CC0', date: '2026-01-01' });
  const exported = JSON.stringify(pack);
  const exportMs = performance.now() - t0;
  db.close();

  const rows: [string, string, string][] = [
    [
      `import ${STATEMENTS.toLocaleString('en')} statements (${mb} MB pack)`,
      `${(importMs / 1000).toFixed(1)} s`,
      '<= 15 s',
    ],
    ['read the library into the manager (one transaction)', `${readMs.toFixed(0)} ms`, ''],
    ['build the in-memory search index', `${buildMs.toFixed(0)} ms`, ''],
    [`search, keystroke to 50 results, p50 (${keystrokes.length} keystrokes)`, ms(percentile(times, 50)), ''],
    ['search, keystroke to 50 results, p95', ms(percentile(times, 95)), '<= 100 ms'],
    ['search, keystroke to 50 results, max', ms(times.at(-1)!), ''],
    [`export (${(exported.length / 1024 / 1024).toFixed(1)} MB)`, `${(exportMs / 1000).toFixed(1)} s`, ''],
  ];
  console.log(`\nOnRecord library benchmark: Node ${process.version} + fake-indexeddb (in-memory, not a browser)\n`);
  console.log(`| measure | result | target |\n|---|---|---|`);
  for (const [what, result, target] of rows) console.log(`| ${what} | ${result} | ${target} |`);
  console.log(`\n(${found.toLocaleString('en')} results shown over all keystrokes)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
