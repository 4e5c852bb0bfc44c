/**
 * `npm run fuzz`: the fuzz and property tests with many more runs than `npm test` and a fresh seed, printed
 * first so a failure can be replayed with `FUZZ_SEED=<seed> npm run fuzz`.
 */
import { spawnSync } from 'node:child_process';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.FUZZ_RUNS ?? 400);
console.log(`fuzz seed ${seed}, ${runs} runs each (replay: FUZZ_SEED=${seed} npm run fuzz)`);
const result = spawnSync(
  'npx',
  ['vitest', 'run', 'tests/unit/trust/render-fuzz.test.tsx', 'tests/db/backup-roundtrip.test.ts'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) } },
);
console.log(`fuzz seed ${seed}`);
process.exit(result.status ?? 1);
