/**
 * Benchmarks detection: per page of ../shared/eval-dev/pages (plus a large synthetic article), the
 * median time of OnRecord's detect() against compromise's nlp(text).quotations() on the same text.
 * With `--browser`, the whole page analysis in real Chromium instead (scripts/bench-page-browser.ts); with
 * `--browser --profile` the functions it spends most time in, with `--browser --stages` its time by stage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { detect } from '../lib/detect/index';
import { findArticleRoot } from '../lib/page/dom/article-root';
import { buildTextMap } from '../lib/page/dom/text-map';
import { parseHtml } from './extract';

const RUNS = 15;

if (process.argv.includes('--browser')) {
  const { runBrowserBench } = await import('./bench-page-browser');
  await runBrowserBench(process.argv.includes('--profile'), process.argv.includes('--stages'));
  process.exit(0);
}

/** Median wall time of `fn` in milliseconds over RUNS runs (after one warm-up). */
function median(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[RUNS >> 1]!;
}

/** A long article built from varied reporting sentences, for throughput. */
function syntheticArticle(paragraphs: number): string {
  const names = ['Maria Lopez', 'Kenji Sato', 'Amara Okafor', 'Pieter de Vries', 'Olga Ivanova'];
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const name = names[i % names.length]!;
    const surname = name.split(' ').at(-1)!;
    out.push(
      i % 3 === 0
        ? `Deputy Minister ${name} told reporters on Tuesday that the plan was "a step in the right direction," adding: "We will not stop here."`
        : i % 3 === 1
          ? `"Nobody expected the talks to last this long," ${surname} said. The committee's "roadmap" was published in the '90s.`
          : `According to ${surname}, the ministry had "no choice but to act" and officials' concerns were "overblown."`,
    );
  }
  return out.join('\n\n');
}

const dir = join(import.meta.dirname, '..', '..', 'shared', 'eval-dev', 'pages');
const texts: [string, string][] = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const doc = parseHtml(readFileSync(join(dir, f), 'utf8'));
    return [f.replace(/\.html$/, ''), buildTextMap(findArticleRoot(doc)).text] as [string, string];
  });
texts.push(['synthetic-600-paragraphs', syntheticArticle(600)]);

console.log(
  `${'page'.padEnd(34)} ${'KB'.padStart(6)} ${'onrecord ms'.padStart(12)} ${'compromise ms'.padStart(14)} ${'ratio'.padStart(7)} ${'MB/s'.padStart(7)}`,
);
// Warm both libraries up on every text first so the first page does not pay for JIT compilation.
for (let i = 0; i < 3; i++)
  for (const [, text] of texts) {
    detect(text);
    nlp(text).quotations().json();
  }
let slowest = Number.POSITIVE_INFINITY;
for (const [name, text] of texts) {
  const ours = median(() => detect(text));
  const theirs = median(() => nlp(text).quotations().json());
  const ratio = theirs / ours;
  slowest = Math.min(slowest, ratio);
  const mbps = text.length / 1e6 / (ours / 1000);
  console.log(
    `${name.padEnd(34)} ${(text.length / 1024).toFixed(1).padStart(6)} ${ours.toFixed(2).padStart(12)} ${theirs.toFixed(2).padStart(14)} ${`${ratio.toFixed(1)}x`.padStart(7)} ${mbps.toFixed(2).padStart(7)}`,
  );
}
console.log(`OnRecord is at least ${slowest.toFixed(1)}x faster than compromise per page (target 10x).`);
