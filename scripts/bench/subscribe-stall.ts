/**
 * The manager page's stall alone, without the page-side rows: a signed pack subscribed to in the built
 * extension while the manager page is open (npx wxt build first), with the longest heartbeat gaps and, with
 * PROFILE=file.cpuprofile, a CPU profile of the manager page and its long tasks in the 5 s after.
 *
 *   npx tsx scripts/bench/subscribe-stall.ts            BENCH_STATEMENTS=10000 for a smaller pack
 */
import { subscribeInExtension } from './subscribe-extension';
import { packFiles } from './subscribe-files';

const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 100_000);
const files = await packFiles(STATEMENTS);
const rows = await subscribeInExtension(files, STATEMENTS, process.env.PROFILE);
for (const row of rows) console.log(`${row.what}\t${row.value.toFixed(row.unit === 's' ? 1 : 0)} ${row.unit}`);
