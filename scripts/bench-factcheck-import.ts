/**
 * Benchmarks importing fact-checks at scale: a schema.org DataFeed of 100,000 ClaimReviews (claimants become
 * people, claims statements, each review a record) through the manager's path (file text, preview, one
 * transaction), beside a 100,000-statement pack through the same path, in one run and against one budget (the
 * pack's import target in `bench:db`). Prints a table.
 *
 *   npx tsx scripts/bench-factcheck-import.ts              Node on fake-indexeddb (in memory, not a browser)
 *   npx tsx scripts/bench-factcheck-import.ts --chromium   headless Chromium (/usr/bin/chromium), real IndexedDB
 *
 * With --chromium it also prints the browser's CPU seconds in each transaction (all its processes, from /proc),
 * which a busy machine changes far less than the wall time. BENCH_REVIEWS=10000 runs a smaller feed and pack. BENCH_PROFILE=out.cpuprofile (with --chromium) saves a CPU profile
 * of the run and prints the functions with the most self time.
 */
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { OnRecordDb } from '@/lib/db/database-schema';
import { startProfile } from './bench/import-profile';
import { descendantsCpuSeconds } from './bench/process-cpu';
import { type ImportRow, runImportBench } from './bench/run-import-bench';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 100_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The budget a 100,000-statement pack import has in `npm run bench:db` (file to preview to committed). */
const BUDGET_S = 15;
const PROFILE = process.env.BENCH_PROFILE;

/** The browser's CPU seconds at each mark the page set (`feed:start`, `feed:end`, ...). */
const cpuMarks = new Map<string, number>();

async function inNode(): Promise<{ where: string; rows: ImportRow[] }> {
  const rows = await runImportBench(
    (name) => new OnRecordDb(name, { indexedDB: new IDBFactory(), IDBKeyRange }),
    REVIEWS,
  );
  return { where: `Node ${process.version} + fake-indexeddb (in memory, not a browser)`, rows };
}

async function bundle(): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': join(import.meta.dirname, '..') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: join(import.meta.dirname, 'bench/import-entry.ts'), formats: ['iife'], name: 'bench' },
    },
  });
  const result = (Array.isArray(output) ? output[0] : output) as { output: { type: string; code?: string }[] };
  const code = result.output.find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('the benchmark did not bundle');
  return code;
}

async function inChromium(): Promise<{ where: string; rows: ImportRow[] }> {
  const code = await bundle();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage();
    // A real http origin, served from memory, so the page has an IndexedDB of its own.
    await page.route('http://bench.onrecord.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://bench.onrecord.test/');
    await page.exposeFunction('benchMark', (label: string) => {
      const cpu = descendantsCpuSeconds();
      if (cpu !== null) cpuMarks.set(label, cpu);
    });
    await page.addScriptTag({ content: `${code}\n//# sourceURL=import-bench.js` });
    const stop = PROFILE ? await startProfile(page, PROFILE) : undefined;
    const rows = await page.evaluate(
      ([prefix, n]) =>
        (globalThis as unknown as { runImportBench: (p: string, n: number) => Promise<ImportRow[]> }).runImportBench(
          prefix,
          n,
        ),
      [`bench-${Date.now()}`, REVIEWS] as const,
    );
    if (stop) console.log(await stop());
    return { where: `Chromium ${browser.version()} headless, real IndexedDB`, rows };
  } finally {
    await browser.close();
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const { where, rows } = process.argv.includes('--chromium') ? await inChromium() : await inNode();
  console.log(`\nOnRecord fact-check import benchmark: ${where}, ${new Date().toISOString().slice(0, 16)}Z\n`);
  console.log(
    `| import | file | file to committed | of which preview | of which the transaction | budget ${BUDGET_S} s |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const verdict = r.totalMs <= BUDGET_S * 1000 ? 'PASS' : 'FAIL';
    console.log(
      `| ${r.what} | ${r.fileMb.toFixed(1)} MB | ${s(r.totalMs)} | ${s(r.previewMs)} | ${s(r.applyMs)} | ${verdict} |`,
    );
  }
  const [feed, pack] = rows;
  if (feed && pack) console.log(`\nThe feed takes ${(feed.totalMs / pack.totalMs).toFixed(2)} times the pack's time.`);
  const cpu = (what: string) =>
    (cpuMarks.get(`${what}:end`) ?? Number.NaN) - (cpuMarks.get(`${what}:start`) ?? Number.NaN);
  if (cpuMarks.size > 0)
    console.log(
      `Browser CPU in the transaction: feed ${cpu('feed').toFixed(1)} s, pack ${cpu('pack').toFixed(1)} s (ratio ${(cpu('feed') / cpu('pack')).toFixed(2)}).`,
    );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
