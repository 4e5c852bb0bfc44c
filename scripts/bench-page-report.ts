/**
 * The browser analysis bench's report: one markdown table (ours and compromise side by side, first run and warm
 * median, the ratio), a summary against the targets, printed and written to docs/benchmarks.md in a section of
 * its own (other benches keep theirs).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from './support/paths';

/** One page's figures, in milliseconds. */
export interface PageTiming {
  set: string;
  page: string;
  chars: number;
  quotes: number;
  oursFirst: number;
  oursWarm: number;
  /** The fastest warm run, closest to the code's own cost on a busy machine. */
  oursBest: number;
  theirsFirst: number;
  theirsWarm: number;
  theirsBest: number;
  /** Parts of a warm analysis: article root, text map, detection (medians). */
  root: number;
  map: number;
  detect: number;
  /** Runs per warm sample, the same for both libraries (the page's clock counts in steps of 0.1 ms). */
  block: number;
}

/** What the analysis is held to. */
export const TARGETS = { warmRatio: 20, firstRunMs: 15 } as const;

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

/** The markdown table and the summary lines. */
export function formatReport(rows: PageTiming[], runs: number): string {
  const head = [
    '| set | page | KB | quotes | ours first | ours warm (fastest) | compromise first | compromise warm (fastest) | ratio warm (fastest) | ratio first | root / map / detect (warm) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const lines = rows.map(
    (r) =>
      `| ${r.set} | ${r.page} | ${(r.chars / 1024).toFixed(1)} | ${r.quotes} | ${ms(r.oursFirst)} | ${ms(r.oursWarm)} (${ms(r.oursBest)}) | ${ms(r.theirsFirst)} | ${ms(r.theirsWarm)} (${ms(r.theirsBest)}) | ${(r.theirsWarm / r.oursWarm).toFixed(1)}× (${(r.theirsBest / r.oursBest).toFixed(1)}×) | ${(r.theirsFirst / r.oursFirst).toFixed(1)}× | ${ms(r.root)} / ${ms(r.map)} / ${ms(r.detect)} |`,
  );
  const warm = rows.map((r) => r.theirsWarm / r.oursWarm);
  const best = rows.map((r) => r.theirsBest / r.oursBest);
  const firsts = rows.map((r) => r.oursFirst);
  const share = (k: 'root' | 'map' | 'detect') =>
    Math.round((100 * rows.reduce((s, r) => s + r[k], 0)) / rows.reduce((s, r) => s + r.root + r.map + r.detect, 0));
  const summary = [
    '',
    `Times in ms; first = median over 3 loads of the page's first run; warm = median of ${runs} samples after it (fastest in brackets); ratio = compromise / ours.`,
    `A warm sample is a block of k runs divided by k, k the same for both libraries and chosen so a block of ours lasts about 2 ms (k from ${Math.min(...rows.map((r) => r.block))} to ${Math.max(...rows.map((r) => r.block))}): the page's clock counts in steps of 0.1 ms, which would round a 1 ms run.`,
    `Warm ratio: median ${median(warm).toFixed(1)}×, lowest ${Math.min(...warm).toFixed(1)}× (target ≥ ${TARGETS.warmRatio}×); ${warm.filter((w) => w >= TARGETS.warmRatio).length} of ${rows.length} pages meet it. Fastest against fastest: median ${median(best).toFixed(1)}×, lowest ${Math.min(...best).toFixed(1)}×.`,
    `First run of ours: median ${ms(median(firsts))} ms, highest ${ms(Math.max(...firsts))} ms (target < ${TARGETS.firstRunMs} ms on a typical article); ${firsts.filter((f) => f < TARGETS.firstRunMs).length} of ${rows.length} pages meet it.`,
    `Where a warm analysis goes, summed over the pages: article root ${share('root')}%, text map ${share('map')}%, detection ${share('detect')}%.`,
  ];
  return [...head, ...lines, ...summary].join('\n');
}

const START = '<!-- bench:browser-analysis -->';
const END = '<!-- /bench:browser-analysis -->';

/** Prints the report and puts it, with the command and date, in its section of docs/benchmarks.md. */
export function writeReport(rows: PageTiming[], runs: number): void {
  const table = formatReport(rows, runs);
  console.log(table);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const section = [
    START,
    '## Page analysis in the browser against compromise',
    '',
    `\`npm run bench -- --browser\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, headless Chromium, load average ${load}.`,
    'Ours is the whole analysis the content script runs (`analyzePage`: article root, text map, detection) on the',
    'loaded page; compromise is `nlp(text)` with `.quotations()` and `.people()` over the article text ours read.',
    'Each page is a fresh JavaScript context, so the first run includes compiling the code, as on a reader’s page.',
    '',
    table,
    END,
  ].join('\n');
  const file = join(ROOT_DIR, 'docs', 'benchmarks.md');
  const before = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures from the bench scripts, each with its command and date.\n';
  const at = before.indexOf(START);
  const end = before.indexOf(END);
  const after =
    at >= 0 && end > at
      ? `${before.slice(0, at)}${section}${before.slice(end + END.length)}`
      : `${before.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, after);
  console.log(`\nWritten to ${file}`);
}
