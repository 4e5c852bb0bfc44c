/**
 * Runs the shared detection scorer with its gates and adds what it lacks: people recall, and scoring only the
 * pages of a set whose slug starts with a prefix, or all but those (the held-out pages measure rules on pages
 * they were not written for, so they are gated on their own). Usage:
 *   tsx scripts/eval-gate.ts --set DIR [--only PREFIX | --skip PREFIX] [--min-quote-f1 X ...] [--min-people-recall X]
 * Every other flag goes to ../shared/eval/score.mjs unchanged.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Removes a `--flag value` pair from the arguments and returns the value. */
function takeFlag(args: string[], flag: string): string | null {
  const at = args.indexOf(flag);
  if (at < 0) return null;
  const value = args[at + 1] ?? null;
  args.splice(at, 2);
  return value;
}

/** A scorer set holding only the pages (and their gold) whose slug starts with the prefix, or all others. */
function subset(setDir: string, prefix: string, keep: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-subset-'));
  for (const sub of ['pages', 'gold']) {
    mkdirSync(join(dir, sub));
    for (const file of readdirSync(join(setDir, sub)).filter((f) => f.startsWith(prefix) === keep)) {
      cpSync(join(setDir, sub, file), join(dir, sub, file));
    }
  }
  return dir;
}

const args = process.argv.slice(2);
const minPeopleFlag = takeFlag(args, '--min-people-recall');
const minPeople = minPeopleFlag === null ? null : Number(minPeopleFlag);
const only = takeFlag(args, '--only');
const skip = takeFlag(args, '--skip');
const prefix = only ?? skip;
const setAt = args.indexOf('--set');
const subsetDir = prefix !== null && setAt >= 0 ? subset(args[setAt + 1] ?? '.', prefix, only !== null) : null;
if (subsetDir !== null) args[setAt + 1] = subsetDir;
const run = spawnSync('node', ['../shared/eval/score.mjs', ...args, '--cmd', 'npm run --silent extract --'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
if (subsetDir !== null) rmSync(subsetDir, { recursive: true, force: true });
process.stdout.write(run.stdout ?? '');
const recall = Number(/people recall ([\d.]+)/.exec(run.stdout ?? '')?.[1] ?? Number.NaN);
let code = run.status ?? 1;
if (minPeople !== null && !(recall >= minPeople)) {
  console.log(`below bound: people_recall ${recall} < ${minPeople}`);
  code = 1;
}
process.exit(code);
