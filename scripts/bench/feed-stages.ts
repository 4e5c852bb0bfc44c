/**
 * Times each stage of a fact-check feed's way from file text to a checked pack, in Node, so a change to the
 * reading shows where its time went: JSON.parse, finding the reviews, reading them, the pack they become, the
 * pack check. `npx tsx scripts/bench/feed-stages.ts` (BENCH_REVIEWS=100000, BENCH_ROUNDS=3).
 */
import { normaliseClaimReview } from '../../lib/factcheck/normalise';
import { readClaimReviews } from '../../lib/factcheck/read';
import { locateClaimReviews } from '../../lib/factcheck/shapes';
import { reviewsToPack } from '../../lib/factcheck/to-pack';
import { toImportInput } from '../../lib/pack/import-input';
import { checkPack } from '../../lib/pack/parse-pack';
import { markWellFormed } from '../../lib/pack/well-formed';
import { syntheticFeed } from './synthetic-feed';

const N = Number(process.env.BENCH_REVIEWS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function time<T>(into: Map<string, number[]>, stage: string, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  const ms = performance.now() - t0;
  into.set(stage, [...(into.get(stage) ?? []), ms]);
  return out;
}

const text = JSON.stringify(syntheticFeed(N));
const times = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  const json = time(times, 'JSON.parse', () => JSON.parse(text));
  const { found } = time(times, 'locate reviews', () => locateClaimReviews(json));
  time(times, 'read reviews (normalise)', () => found.map((f) => normaliseClaimReview(f.value)));
  const read = time(times, 'readClaimReviews (locate + read)', () => readClaimReviews(json));
  const pack = time(times, 'reviewsToPack', () => markWellFormed(reviewsToPack(read.reviews, '2026-12-06')));
  time(times, 'checkPack', () => checkPack(pack));
  const all = time(times, 'TOTAL parse + toImportInput + checkPack', () => {
    const input = toImportInput(JSON.parse(text), '2026-12-06').input;
    return checkPack(input);
  });
  if (!all.ok || all.pack.reviews?.length !== N) throw new Error('the feed did not read');
}
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(
  `feed of ${N.toLocaleString('en')} reviews, ${(text.length / 1024 / 1024).toFixed(1)} MB, ${ROUNDS} rounds`,
);
for (const [stage, ms] of times) console.log(`| ${stage} | ${ms.map((m) => (m / 1000).toFixed(2)).join(' / ')} s |`);
console.log(`heap used at end: ${heap.toFixed(0)} MB`);
