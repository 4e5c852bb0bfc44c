/**
 * Benchmarks the library at 100,000 statements: import (file text to committed transaction, through the
 * preview as in the manager), search from a keystroke to results, export; in Chromium also the manager page
 * itself: its JS heap with the library loaded (idle and after a search), typing into its search box, and
 * creating, editing and deleting a statement while a search is active. Prints one table with targets.
 *
 *   npm run bench:db                 Node on fake-indexeddb (an in-memory IndexedDB written in JavaScript)
 *   npm run bench:db -- --chromium   the same code in headless Chromium (/usr/bin/chromium), real IndexedDB
 *   npm run bench:db -- --chromium --subscribe
 *                                    the import rows, then a signed pack of as many statements subscribed to:
 *                                    fetched, verified, checked and applied, a 304, and a changed version;
 *                                    then the same pack subscribed to in the built extension (npx wxt build
 *                                    first), the manager page's longest stall measured meanwhile
 *
 * BENCH_STATEMENTS=10000 runs a smaller library.
 */

import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { OnRecordDb } from '../lib/db/database-schema';
import { type BenchRow, runLibraryBench } from './bench/run-bench';
import { subscribeInExtension } from './bench/subscribe-extension';
import { PACK_ORIGIN, type PackFiles, packFiles, servePackFiles } from './bench/subscribe-files';

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 100_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The search the manager rows type, and run edits under: a common word, so it matches many statements. */
const QUERY = 'sovereignty';
/** How many times the manager rows type the query, so the p95 rests on more than a dozen keystrokes. */
const TYPING_ROUNDS = 3;

async function inNode(): Promise<{ where: string; rows: BenchRow[] }> {
  const db = new OnRecordDb('bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  const rows = await runLibraryBench(db, STATEMENTS);
  db.close();
  return { where: `Node ${process.version} + fake-indexeddb (in memory, not a browser)`, rows };
}

type Page = import('playwright-core').Page;
type Global = Record<string, (...args: never[]) => Promise<unknown>>;

async function inChromium(subscribe: PackFiles | null): Promise<{ where: string; rows: BenchRow[] }> {
  const { build } = await import('vite');
  const { chromium } = await import('playwright-core');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'bench/browser-entry.ts'), formats: ['iife'], name: 'bench' },
    },
  });
  const bundle = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const code = bundle.output.find((o) => o.type === 'chunk')!.code!;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  const name = `bench-${Date.now()}`;
  // One context for both pages: they share the origin's IndexedDB.
  const context = await browser.newContext();
  // WebCrypto (the signature check) needs a secure context, as the extension's background is: https.
  const open = async (origin = 'http://bench.onrecord.test'): Promise<Page> => {
    const page = await context.newPage();
    // A real http origin, served from memory, so the page has its own IndexedDB (shared by both pages).
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: code });
    return page;
  };
  const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
    page.evaluate(([f, a]) => (globalThis as unknown as Global)[f as string]!(...(a as never[])), [
      fn,
      args,
    ] as const) as Promise<T>;
  try {
    const bench = await open();
    const rows = await call<BenchRow[]>(bench, 'runLibraryBench', name, STATEMENTS);
    await bench.close();
    if (subscribe) {
      const page = await open(PACK_ORIGIN);
      await servePackFiles(page, subscribe);
      rows.push(...(await call<BenchRow[]>(page, 'runSubscribeBench', `${name}-sub`, subscribe.urls, STATEMENTS)));
      await page.close();
      return { where: `Chromium ${browser.version()} headless, real IndexedDB`, rows };
    }

    // The manager in a fresh page, so the heap holds the manager and the library, not the benchmark's pack.
    const page = await open();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
    };
    const empty = await heap();
    const loaded = await call<{ statements: number; loadMs: number }>(page, 'openManager', name);
    await call(page, 'searchReady');
    const idle = await heap();
    // The query typed three times over, the box cleared in between (that keystroke is timed too).
    const typing: number[] = [];
    for (let round = 0; round < TYPING_ROUNDS; round++)
      typing.push(...(await call<number[]>(page, 'typeQuery', QUERY, round > 0)));
    typing.sort((a, b) => a - b);
    const searched = await heap();
    const edits = await call<{ p50: number; p95: number; max: number }>(page, 'editCycles', 10, QUERY);
    const edited = await heap();
    await call(page, 'closeManager');
    const n = loaded.statements.toLocaleString('en');
    rows.push(
      { what: `open the manager over ${n} statements, to the list on screen`, value: loaded.loadMs, unit: 'ms' },
      {
        what: `manager page, search box, keystroke to list drawn, p95 ("${QUERY}", ${typing.length} keystrokes)`,
        value: typing[Math.min(typing.length - 1, Math.floor(0.95 * typing.length))]!,
        unit: 'ms',
        max: 100,
      },
      {
        what: 'manager page, search box, keystroke to list drawn, p50',
        value: typing[Math.floor(typing.length / 2)]!,
        unit: 'ms',
      },
      { what: 'manager page, search box, keystroke to list drawn, max', value: typing.at(-1)!, unit: 'ms' },
      {
        what: 'edit with active search -> list updated, p50 (create, edit, delete; 30 changes)',
        value: edits.p50,
        unit: 'ms',
      },
      { what: 'edit with active search -> list updated, p95', value: edits.p95, unit: 'ms', max: 500 },
      { what: 'edit with active search -> list updated, max', value: edits.max, unit: 'ms' },
      { what: 'manager tab JS heap, empty page (before the manager opens)', value: empty, unit: 'MB' },
      { what: `manager tab JS heap, ${n} statements loaded, idle (search index built)`, value: idle, unit: 'MB' },
      { what: `manager tab JS heap, after searching "${QUERY}" (results on screen)`, value: searched, unit: 'MB' },
      { what: 'manager tab JS heap, after the 30 changes', value: edited, unit: 'MB' },
    );
    return { where: `Chromium ${browser.version()} headless, real IndexedDB`, rows };
  } finally {
    await browser.close();
  }
}

function format(row: BenchRow): string {
  if (row.unit === 's') return `${row.value.toFixed(1)} s`;
  return `${row.value.toFixed(1)} ${row.unit}`;
}

async function main() {
  const subscribe = process.argv.includes('--subscribe') ? await packFiles(STATEMENTS) : null;
  const { where, rows } = process.argv.includes('--chromium') ? await inChromium(subscribe) : await inNode();
  if (subscribe && process.argv.includes('--chromium'))
    rows.push(...(await subscribeInExtension(subscribe, STATEMENTS)));
  console.log(`\nOnRecord library benchmark: ${where}\n`);
  console.log('| measure | result | target | |\n|---|---|---|---|');
  let failed = 0;
  for (const row of rows) {
    const ok = row.max === undefined || row.value <= row.max;
    if (!ok) failed++;
    const target = row.max === undefined ? '' : `<= ${row.max} ${row.unit}`;
    const verdict = row.max === undefined ? '' : ok ? 'PASS' : 'FAIL';
    console.log(`| ${row.what} | ${format(row)} | ${target} | ${verdict} |`);
  }
  if (failed) console.log(`\n${failed} measure(s) missed the target.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
