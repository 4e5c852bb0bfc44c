/**
 * Runs the shared detection scorer with its gates and adds one it lacks: people recall. Usage:
 *   tsx scripts/eval-gate.ts --set DIR [--min-quote-f1 X ...] [--min-people-recall X]
 * Every flag but --min-people-recall goes to ../shared/eval/score.mjs unchanged.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const at = args.indexOf('--min-people-recall');
const minPeople = at >= 0 ? Number(args[at + 1]) : null;
if (at >= 0) args.splice(at, 2);
const run = spawnSync('node', ['../shared/eval/score.mjs', ...args, '--cmd', 'npm run --silent extract --'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
process.stdout.write(run.stdout ?? '');
const recall = Number(/people recall ([\d.]+)/.exec(run.stdout ?? '')?.[1] ?? Number.NaN);
let code = run.status ?? 1;
if (minPeople !== null && !(recall >= minPeople)) {
  console.log(`below bound: people_recall ${recall} < ${minPeople}`);
  code = 1;
}
process.exit(code);
