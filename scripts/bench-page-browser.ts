/**
 * `npm run bench -- --browser`: the whole page analysis the content script runs (analyzePage: article root, text
 * map, detection) against compromise's nlp(text).quotations() and .people() over the same page's article text,
 * both in real headless Chromium on the loaded pages of ../shared/eval-dev, ../shared/eval-more and
 * tests/fixtures/eval, served from 127.0.0.1. Each page load is a fresh JavaScript context, as a content script
 * gets: the first run of each is what a reader waits for (median of three loads); warm medians show the steady
 * cost and the fastest warm run what the code costs when the machine lets it run. Requests beyond
 * 127.0.0.1 are refused, so saved pages' own scripts cannot reach the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { profileAnalysis } from './bench-page-profile';
import { type PageTiming, writeReport } from './bench-page-report';
import { stageTable } from './bench-page-stages';
import { ROOT_DIR } from './support/paths';
import { startStaticServer } from './support/serve';

const RUNS = 15;

type Firsts = Pick<PageTiming, 'oursFirst' | 'theirsFirst' | 'chars' | 'quotes'>;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The page sets: a name, the folder served, and the pages in it. */
function pageSets(): { set: string; dir: string; pages: string[] }[] {
  const dirs: [string, string][] = [
    ['eval-dev', join(ROOT_DIR, '..', 'shared', 'eval-dev', 'pages')],
    ['eval-more', join(ROOT_DIR, '..', 'shared', 'eval-more', 'pages')],
    ['own', join(ROOT_DIR, 'tests', 'fixtures', 'eval', 'pages')],
  ];
  return dirs.map(([set, dir]) => ({
    set,
    dir,
    pages: readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort(),
  }));
}

/** The analysis code as the content script ships it (bundled and minified for the browser), on a page global. */
export async function analysisBundle(minify = true): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { analyzePage } from './lib/page/dom/analyze';
        export { findArticleRoot } from './lib/page/dom/article-root';
        export { buildTextMap } from './lib/page/dom/text-map';
        export { detect } from './lib/detect/index';`,
      resolveDir: ROOT_DIR,
      loader: 'ts',
    },
    bundle: true,
    minify,
    format: 'iife',
    globalName: '__onrecordBench',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return `${out.outputFiles[0]!.text};globalThis.__onrecordBench = __onrecordBench;`;
}

/** compromise's own browser build, kept from seeing a page's AMD or CommonJS globals. */
export function compromiseBundle(): string {
  const code = readFileSync(join(ROOT_DIR, 'node_modules', 'compromise', 'builds', 'compromise.js'), 'utf8');
  return `(function (define, module, exports) { ${code} }).call(globalThis);`;
}

// Runs in the page just loaded: the first analysis of ours, then compromise's first run on the text ours read.
const FIRST = `(() => {
  const lib = globalThis.__onrecordBench;
  let t0 = performance.now();
  const first = lib.analyzePage(document);
  const oursFirst = performance.now() - t0;
  t0 = performance.now();
  const doc = nlp(first.text); doc.quotations().json(); doc.people().json();
  const theirsFirst = performance.now() - t0;
  return { oursFirst, theirsFirst, chars: first.text.length, quotes: first.detection.quotes.length };
})()`;

// Then `runs` warm samples of each (median and fastest), and the parts of a warm analysis of ours (article root,
// text map, detection) timed apart to say where the time goes. Each library runs in a block of its own, so
// the garbage one leaves is collected during its own runs, not charged to the other's next run. The page's clock
// counts in steps of 0.1 ms, so a sample is a block of k runs divided by k, with k the same for both libraries and
// chosen so that a block of ours lasts about 2 ms (k = 1 on long articles): a 1 ms analysis is then not rounding.
const WARM = `((runs) => {
  const lib = globalThis.__onrecordBench;
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const time = (fn, k = 1) => { const t0 = performance.now(); let r; for (let i = 0; i < k; i++) r = fn(); return [(performance.now() - t0) / k, r]; };
  const text = lib.analyzePage(document).text;
  const probe = [0, 1, 2].map(() => time(() => lib.analyzePage(document))[0]);
  const k = Math.max(1, Math.min(20, Math.round(2 / Math.max(0.1, Math.min(...probe)))));
  const ours = [], theirs = [], parts = { root: [], map: [], detect: [] };
  for (let i = 0; i < runs; i++) ours.push(time(() => lib.analyzePage(document), k)[0]);
  for (let i = 0; i < runs; i++) {
    const [r, root] = time(() => lib.findArticleRoot(document), k);
    const [m, map] = time(() => lib.buildTextMap(root, { computedStyle: true }), k);
    const [d] = time(() => lib.detect(map.text, { blockQuotes: map.blockQuotes }), k);
    parts.root.push(r); parts.map.push(m); parts.detect.push(d);
  }
  const nlpRun = () => { const doc = nlp(text); doc.quotations().json(); doc.people().json(); };
  for (let i = 0; i < runs; i++) theirs.push(time(nlpRun, k)[0]);
  return {
    oursWarm: median(ours), oursBest: Math.min(...ours), theirsWarm: median(theirs), theirsBest: Math.min(...theirs),
    root: median(parts.root), map: median(parts.map), detect: median(parts.detect), block: k,
  };
})`;

/** Loads of each page whose first runs are taken (the median is reported): a loaded machine makes one noisy. */
const LOADS = 3;

/** The pages over 7 KB of article text, where the profile has the most to say. */
const PROFILED = ['bbc-obama-gun-laws', 'guardian-standing-rock-police', 'nyt-haley-resigns-un', 'nytimes', 'vox'];

/**
 * Times every page; prints the table and writes docs/benchmarks.md. With `profile`, prints the profile of the
 * longest pages only; with `stages`, the time by stage of detection over every page only.
 */
export async function runBrowserBench(profile = false, stages = false): Promise<void> {
  if (stages) profile = true;
  const [ours, theirs] = [await analysisBundle(!profile), compromiseBundle()];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const rows: PageTiming[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    if (profile) {
      const servers = await Promise.all(
        pageSets().map(async (s) => ({ ...s, server: await startStaticServer(s.dir) })),
      );
      const urls = servers.flatMap(({ server, pages }) =>
        pages.filter((p) => stages || PROFILED.includes(p.replace(/\.html$/, ''))).map((p) => `${server.url}${p}`),
      );
      if (stages) console.log(await stageTable(context, urls, ours));
      else console.log((await profileAnalysis(context, urls, ours)).join('\n'));
      await Promise.all(servers.map(({ server }) => server.close()));
      return;
    }
    for (const { set, dir, pages } of pageSets()) {
      const server = await startStaticServer(dir);
      try {
        for (const file of pages) {
          const page = await context.newPage();
          const firsts: { oursFirst: number; theirsFirst: number; chars: number; quotes: number }[] = [];
          for (let load = 0; load < LOADS; load++) {
            await page.goto(`${server.url}${file}`, { waitUntil: 'load' });
            await page.evaluate(ours);
            await page.evaluate(theirs);
            firsts.push(await page.evaluate(FIRST));
          }
          const warm = (await page.evaluate(`${WARM}(${RUNS})`)) as Omit<PageTiming, 'set' | 'page' | keyof Firsts>;
          const mid = (k: 'oursFirst' | 'theirsFirst') => firsts.map((f) => f[k]).sort((a, b) => a - b)[LOADS >> 1]!;
          const { chars, quotes } = firsts[0]!;
          rows.push({
            set,
            page: file.replace(/\.html$/, ''),
            chars,
            quotes,
            oursFirst: mid('oursFirst'),
            theirsFirst: mid('theirsFirst'),
            ...warm,
          });
          await page.close();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  writeReport(rows, RUNS);
}
