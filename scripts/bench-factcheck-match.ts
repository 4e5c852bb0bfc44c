/**
 * Precision and recall of fact-check matching (lib/factcheck/match.ts) on our claim/quote pairs, as a table:
 * the development pairs the matcher was tuned on, and held-out pairs written after it was frozen.
 * Run: npx tsx scripts/bench-factcheck-match.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ClaimPair, scorePairs } from '@/lib/factcheck/evaluate';

const SETS = [
  ['development (tests/fixtures/factcheck/pairs.json)', 'pairs.json'],
  ['held out (tests/fixtures/factcheck/pairs-held-out.json)', 'pairs-held-out.json'],
] as const;

function load(file: string): ClaimPair[] {
  return JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck', file), 'utf8'));
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log('| pairs | n | should match | precision | recall | wrong |');
console.log('|---|---|---|---|---|---|');
for (const [name, file] of SETS) {
  const pairs = load(file);
  const s = scorePairs(pairs);
  const positives = pairs.filter((p) => p.match).length;
  console.log(
    `| ${name} | ${s.pairs} | ${positives} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.wrong.join(', ') || '—'} |`,
  );
}
const start = performance.now();
const pairs = [...load('pairs.json'), ...load('pairs-held-out.json')];
for (let i = 0; i < 100; i++) scorePairs(pairs);
console.log(`\nmatching speed: ${((performance.now() - start) / (100 * pairs.length)).toFixed(3)} ms per pair`);
