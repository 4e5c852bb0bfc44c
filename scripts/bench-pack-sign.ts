/**
 * Benchmarks pack signatures at the subscription scale: a 100,000-statement pack signed and verified detached
 * (over the file's bytes) and embedded (over its canonical form), in Node and, with --chromium, in the built
 * extension's service worker (Firefox runs the same code in tests/e2e/pack-signature.test.ts). Median of three
 * runs; prints a table.
 *
 *   npm run bench:sign [-- --chromium] [-- --statements 10000]      (--chromium needs `npm run build` first)
 */
import { build } from 'esbuild';
import { runSignBench, type SignBenchResult } from './bench/pack-sign-run';
import { launchChromium } from './support/chromium';
import { ROOT_DIR } from './support/paths';

const RUNS = 3;
const args = process.argv.slice(2);
const at = args.indexOf('--statements');
const statements = at === -1 ? 100_000 : Number(args[at + 1]);
if (!Number.isInteger(statements) || statements < 1) throw new Error('--statements takes a positive whole number');

/** The run as an expression a browser can evaluate: the bench bundled, called `RUNS` times. */
async function browserExpression(): Promise<string> {
  const bundle = await build({
    stdin: {
      contents: `export { runSignBench } from './scripts/bench/pack-sign-run';`,
      resolveDir: ROOT_DIR,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'signBench',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return `(async () => { ${bundle.outputFiles[0]?.text ?? ''}
    const runs = [];
    for (let i = 0; i < ${RUNS}; i++) runs.push(await signBench.runSignBench(${statements}));
    return runs; })()`;
}

async function inNode(): Promise<SignBenchResult[]> {
  const runs: SignBenchResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runSignBench(statements));
  return runs;
}

async function inChromium(expression: string): Promise<SignBenchResult[]> {
  const session = await launchChromium();
  try {
    return (await session.worker.evaluate(expression)) as SignBenchResult[];
  } finally {
    await session.close();
  }
}

function median(runs: SignBenchResult[], key: keyof SignBenchResult): string {
  const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
  return `${Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN)}`;
}

const results: [string, SignBenchResult[]][] = [['Node', await inNode()]];
if (args.includes('--chromium'))
  results.push(['Chromium (service worker)', await inChromium(await browserExpression())]);
const mb = ((results[0]?.[1][0]?.bytes ?? 0) / 1024 / 1024).toFixed(1);
console.log(`${statements.toLocaleString('en')} statements, ${mb} MB pack; median of ${RUNS} runs, ms`);
console.log('| where | canonical form | sign detached | verify detached | sign embedded | verify embedded |');
console.log('|---|---|---|---|---|---|');
for (const [where, runs] of results)
  console.log(
    `| ${where} | ${median(runs, 'canonicalMs')} | ${median(runs, 'signDetachedMs')} | ${median(runs, 'verifyDetachedMs')} | ${median(runs, 'signEmbeddedMs')} | ${median(runs, 'verifyEmbeddedMs')} |`,
  );
