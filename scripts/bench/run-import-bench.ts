/**
 * The fact-check import benchmark itself, free of any runtime: a synthetic DataFeed of ClaimReviews and a pack of
 * as many statements, each imported into its own empty database the way the manager does it (file text, preview,
 * one transaction), so the same code measures fake-indexeddb in Node and real IndexedDB in Chromium.
 */

import type { OnRecordDb } from '../../lib/db/database-schema';
import { type ImportSummary, importPack, previewImport } from '../../lib/db/repos-pack';
import { readPackFile } from '../../lib/pack/read-pack-file';
import { syntheticFeed } from './synthetic-feed';
import { syntheticPack } from './synthetic-library';

/** One import measured: its file, the time from file text to committed, and the two parts of that time. */
export interface ImportRow {
  what: string;
  fileMb: number;
  totalMs: number;
  previewMs: number;
  applyMs: number;
}

/** Called before and after each import's transaction, outside the times measured (the CPU count in Chromium). */
export type Mark = (label: string) => Promise<void>;

async function timeImport(db: OnRecordDb, text: string, mark: Mark, label: string) {
  const t0 = performance.now();
  const read = readPackFile(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const preview = await previewImport(db, read.json);
  const previewMs = performance.now() - t0;
  await mark(`${label}:start`);
  const t1 = performance.now();
  const summary: ImportSummary = await importPack(db, preview.accepted);
  const applyMs = performance.now() - t1;
  await mark(`${label}:end`);
  return { previewMs, applyMs, totalMs: previewMs + applyMs, summary, fileMb: text.length / 1024 / 1024 };
}

/** Imports an `n`-review feed, then an `n`-statement pack, each into a fresh database from `openDb`. */
export async function runImportBench(
  openDb: (name: string) => OnRecordDb,
  n: number,
  mark: Mark = async () => {},
): Promise<ImportRow[]> {
  const count = n.toLocaleString('en');
  const rows: ImportRow[] = [];
  const feedDb = openDb('bench-feed');
  try {
    const feed = await timeImport(feedDb, JSON.stringify(syntheticFeed(n)), mark, 'feed');
    const r = feed.summary;
    if (r.reviews.added !== n) throw new Error(`imported ${r.reviews.added} reviews`);
    rows.push({
      ...feed,
      what: `${count} ClaimReviews (DataFeed: ${r.people.added} people, ${r.statements.added} statements, ${r.reviews.added} reviews)`,
    });
  } finally {
    feedDb.close();
  }
  const packDb = openDb('bench-pack');
  try {
    const text = JSON.stringify(syntheticPack(n, Math.max(1, Math.round(n / 50))));
    const pack = await timeImport(packDb, text, mark, 'pack');
    if (pack.summary.statements.added !== n) throw new Error(`imported ${pack.summary.statements.added} statements`);
    rows.push({ ...pack, what: `${count} statements (pack)` });
  } finally {
    packDb.close();
  }
  return rows;
}
