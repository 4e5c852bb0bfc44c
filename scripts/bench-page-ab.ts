/**
 * Before / after for page analysis speed on one loaded machine: two builds of analyzePage (an older tree and
 * this one) run on the same loaded pages in headless Chromium, first runs on alternate fresh loads and warm runs
 * in alternate blocks, so the machine's load hits both alike. Also says whether both found the same quotes.
 *
 *   git archive <commit> lib | tar -x -C /tmp/before && npx tsx scripts/bench-page-ab.ts /tmp/before
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, ROOT_DIR } from './support/paths';
import { startStaticServer } from './support/serve';

/** analyzePage of the tree at `dir` (either room layout), bundled as the page global `name`. */
async function bundle(dir: string, name: string): Promise<string> {
  const analyze = existsSync(join(dir, 'lib/page/dom/analyze.ts')) ? './lib/page/dom/analyze' : './lib/dom/analyze';
  const out = await build({
    stdin: { contents: `export { analyzePage } from '${analyze}';`, resolveDir: dir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: name,
    platform: 'browser',
    target: 'es2022',
    write: false,
    nodePaths: [join(ROOT_DIR, 'node_modules')],
  });
  return `${out.outputFiles[0]?.text};globalThis.${name} = ${name};`;
}

const FIRST = (g: string) => `(() => { const t0 = performance.now(); const r = globalThis.${g}.analyzePage(document);
  return [performance.now() - t0, r.text.length + '|' + r.detection.quotes.map((q) => q.start + ':' + q.speaker).join()]; })()`;
const WARM = (g: string) => `(() => { const xs = []; for (let i = 0; i < 15; i++) { const t0 = performance.now();
  globalThis.${g}.analyzePage(document); xs.push(performance.now() - t0); } return xs; })()`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

/** One page: medians of first runs (three fresh loads each) and of 30 warm runs each, and whether outputs agree. */
async function comparePage(page: import('playwright-core').Page, url: string, before: string, after: string) {
  const firsts: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const outputs: Record<'A' | 'B', string> = { A: '', B: '' };
  for (let load = 0; load < 6; load++) {
    const side = load % 2 ? 'A' : 'B';
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(side === 'A' ? before : after);
    const [ms, output] = (await page.evaluate(FIRST(`__${side}`))) as [number, string];
    firsts[side].push(ms);
    outputs[side] = output;
  }
  await page.evaluate(before);
  await page.evaluate(after);
  const warm: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let block = 0; block < 4; block++) {
    const side = block % 2 ? 'B' : 'A';
    warm[side].push(...((await page.evaluate(WARM(`__${side}`))) as number[]));
  }
  return {
    first: [median(firsts.A), median(firsts.B)],
    warm: [median(warm.A), median(warm.B)],
    fastest: [Math.min(...warm.A), Math.min(...warm.B)],
    same: outputs.A === outputs.B,
  };
}

const beforeDir = process.argv[2];
if (!beforeDir) throw new Error('usage: bench-page-ab.ts <folder holding the older lib/>');
const [before, after] = [await bundle(beforeDir, '__A'), await bundle(ROOT_DIR, '__B')];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
const sets = [
  ['eval-dev', join(ROOT_DIR, '..', 'shared', 'eval-dev', 'pages')],
  ['eval-more', join(ROOT_DIR, '..', 'shared', 'eval-more', 'pages')],
  ['own', join(ROOT_DIR, 'tests', 'fixtures', 'eval', 'pages')],
] as const;
const rows: Awaited<ReturnType<typeof comparePage>>[] = [];
console.log(
  '| set | page | first, before → after | warm median | warm fastest | output |\n|---|---|---:|---:|---:|---|',
);
const pair = (xs: number[]) => `${xs[0]?.toFixed(1)} → ${xs[1]?.toFixed(1)}`;
for (const [set, dir] of sets) {
  const server = await startStaticServer(dir);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const page = await context.newPage();
    const row = await comparePage(page, `${server.url}${file}`, before, after);
    await page.close();
    rows.push(row);
    const name = file.replace(/\.html$/, '');
    console.log(
      `| ${set} | ${name} | ${pair(row.first)} | ${pair(row.warm)} | ${pair(row.fastest)} | ${row.same ? 'same' : 'differs'} |`,
    );
  }
  await server.close();
}
await browser.close();
const sum = (k: 'first' | 'warm' | 'fastest', i: number) => rows.reduce((s, r) => s + (r[k][i] ?? 0), 0);
const mid = (k: 'first' | 'warm' | 'fastest', i: number) => median(rows.map((r) => r[k][i] ?? 0));
for (const k of ['first', 'warm', 'fastest'] as const)
  console.log(`${k}: median over pages ${pair([mid(k, 0), mid(k, 1)])} ms, sum ${pair([sum(k, 0), sum(k, 1)])} ms`);
// A stall of the shared machine can swamp one page's sums; how many pages moved which way is less touched by it.
const faster = (k: 'first' | 'warm' | 'fastest') => rows.filter((r) => (r[k][1] ?? 0) < (r[k][0] ?? 0)).length;
console.log(
  `after faster on: first ${faster('first')}, warm ${faster('warm')}, fastest ${faster('fastest')} of ${rows.length} pages`,
);
console.log(`same quotes and speakers on ${rows.filter((r) => r.same).length} of ${rows.length} pages`);
