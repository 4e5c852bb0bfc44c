/**
 * Benchmarks importing fact-checks at scale: a schema.org DataFeed of 100,000 ClaimReviews (claimants become
 * people, claims statements, each review a record) through the manager's path (file text, preview, one
 * transaction), beside a 100,000-statement pack through the same path, in Node on fake-indexeddb. Prints a table.
 *
 *   npx tsx scripts/bench-factcheck-import.ts       BENCH_REVIEWS=10000 runs a smaller feed
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { OnRecordDb } from '@/lib/db/database-schema';
import { importPack, previewImport } from '@/lib/db/repos-pack';
import { readPackFile } from '@/lib/pack/read-pack-file';
import { syntheticPack } from './bench/synthetic-library';

const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 100_000);
const WORDS = `tax jobs border wages crime schools hospitals energy rent prices housing pensions vaccines police
  trade tariffs deficit budget climate floods bridges rail buses farms fishing tourism`.split(/\s+/);
const VERDICTS = ['False', 'Mostly false', 'Half true', 'Mostly true', 'True', 'Misleading', 'Unproven'];

/** A deterministic feed: one claimant in ten reviews names nobody; some claims are reviewed twice. */
function syntheticFeed(n: number) {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const claimants = Math.max(1, Math.round(n / 50));
  const items = Array.from({ length: n }, (_, i) => {
    const claim = `${pick(WORDS)} ${pick(WORDS)} rose by ${(i % 97) + 1} percent in ${2000 + (i % 25)} under ${pick(WORDS)}`;
    const c = Math.floor(rand() * claimants);
    return {
      '@type': 'DataFeedItem',
      item: [
        {
          '@type': 'ClaimReview',
          claimReviewed: claim,
          itemReviewed: {
            '@type': 'Claim',
            ...(i % 10 === 0 ? {} : { author: { '@type': 'Person', name: `Claimant Person ${c}` } }),
            datePublished: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}`,
            appearance: [{ '@type': 'CreativeWork', url: `https://news.example/${i}` }],
          },
          reviewRating: { '@type': 'Rating', alternateName: pick(VERDICTS), ratingValue: 1 + (i % 5), bestRating: 5 },
          author: { '@type': 'Organization', name: `Checker ${i % 20}`, url: `https://checker${i % 20}.example/` },
          datePublished: `20${10 + (i % 15)}-1${i % 3}-2${i % 8}`,
          url: `https://checker${i % 20}.example/review/${i}`,
        },
      ],
    };
  });
  return { '@context': 'https://schema.org', '@type': 'DataFeed', name: 'Synthetic feed', dataFeedElement: items };
}

async function timeImport(text: string) {
  const db = new OnRecordDb(`bench-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const t0 = performance.now();
  const read = readPackFile(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  const preview = await previewImport(db, read.json);
  const previewMs = performance.now() - t0;
  const t1 = performance.now();
  const summary = await importPack(db, preview.accepted);
  const applyMs = performance.now() - t1;
  db.close();
  return { previewMs, applyMs, totalMs: previewMs + applyMs, summary };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const feedText = JSON.stringify(syntheticFeed(REVIEWS));
const packText = JSON.stringify(syntheticPack(REVIEWS, Math.max(1, Math.round(REVIEWS / 50))));
const feed = await timeImport(feedText);
const pack = await timeImport(packText);
const n = REVIEWS.toLocaleString('en');
console.log(
  `Node ${process.version} + fake-indexeddb (in memory, not a browser), ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| import | file | file to committed | of which preview | of which the transaction |');
console.log('|---|---|---|---|---|');
const r = feed.summary;
console.log(
  `| ${n} ClaimReviews (DataFeed: ${r.people.added} people, ${r.statements.added} statements, ${r.reviews.added} reviews) | ${mb(feedText.length)} | ${s(feed.totalMs)} | ${s(feed.previewMs)} | ${s(feed.applyMs)} |`,
);
console.log(
  `| ${n} statements (pack) | ${mb(packText.length)} | ${s(pack.totalMs)} | ${s(pack.previewMs)} | ${s(pack.applyMs)} |`,
);
