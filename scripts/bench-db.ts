/**
 * Benchmarks the library at 100,000 statements: import (file text to committed transaction), search from a
 * keystroke to results, and export, and prints a table.
 *
 *   npm run bench:db                 Node on fake-indexeddb (an in-memory IndexedDB written in JavaScript)
 *   npm run bench:db -- --chromium   the same code in headless Chromium (/usr/bin/chromium), real IndexedDB
 *
 * BENCH_STATEMENTS=10000 runs a smaller library.
 */

import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { type BenchRow, runLibraryBench } from '../lib/db/bench/run-bench';
import { OnRecordDb } from '../lib/db/schema';

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 100_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function inNode(): Promise<{ where: string; rows: BenchRow[] }> {
  const db = new OnRecordDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const rows = await runLibraryBench(db, STATEMENTS);
  db.close();
  return { where: `Node ${process.version} + fake-indexeddb (in memory, not a browser)`, rows };
}

async function inChromium(): Promise<{ where: string; rows: BenchRow[] }> {
  const { build } = await import('vite');
  const { chromium } = await import('playwright-core');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, '../lib/db/bench/browser-entry.ts'), formats: ['iife'], name: 'bench' },
    },
  });
  const bundle = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const code = bundle.output.find((o) => o.type === 'chunk')!.code!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    // A real http origin, served from memory, so the page has its own IndexedDB.
    await page.route('http://bench.onrecord.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://bench.onrecord.test/');
    await page.addScriptTag({ content: code });
    const rows = (await page.evaluate(
      (n) => (globalThis as unknown as { runLibraryBench: (n: number) => Promise<unknown> }).runLibraryBench(n),
      STATEMENTS,
    )) as BenchRow[];
    return { where: `Chromium ${browser.version()} headless, real IndexedDB`, rows };
  } finally {
    await browser.close();
  }
}

async function main() {
  const { where, rows } = process.argv.includes('--chromium') ? await inChromium() : await inNode();
  console.log(`\nOnRecord library benchmark: ${where}\n`);
  console.log('| measure | result | target |\n|---|---|---|');
  for (const [what, result, target] of rows) console.log(`| ${what} | ${result} | ${target} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
