/**
 * Vitest global setup of the e2e suite. Before: builds both browsers' extensions (a few seconds), so a run never
 * tests a stale build, and empties the network log. After: reads the log every launch wrote and fails the run
 * (exit code 1) if any launch went without a logging proxy, was never checked, or reached beyond localhost.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkNetworkLog, NETWORK_LOG, type NetworkRecord } from '@/scripts/support/net-guard';
import { ROOT_DIR } from '@/scripts/support/paths';

/** Where the suite's verdict on the network log is written, next to the log itself. */
export const NETWORK_SUMMARY = `${ROOT_DIR}test-results/e2e-network.json`;

/** Reads the network log (one JSON record per line). */
export function readNetworkLog(file = NETWORK_LOG): NetworkRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NetworkRecord);
}

/** Checks the whole run's network log; returns the problems and writes the summary file. */
export function finalNetworkCheck(): string[] {
  const records = readNetworkLog();
  const problems = checkNetworkLog(records);
  const sessions = records.filter((r) => r.kind === 'session');
  mkdirSync(dirname(NETWORK_SUMMARY), { recursive: true });
  writeFileSync(
    NETWORK_SUMMARY,
    JSON.stringify(
      {
        launches: records.filter((r) => r.kind === 'launch').length,
        sessions: sessions.length,
        requests: sessions.reduce((sum, s) => sum + s.requests, 0),
        problems,
      },
      null,
      2,
    ),
  );
  return problems;
}

/** Vitest global setup; the function it returns is the teardown. */
export default function setup(): () => void {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
  rmSync(NETWORK_LOG, { force: true });
  return () => {
    const problems = finalNetworkCheck();
    if (problems.length === 0) return;
    // A throw here is only logged by Vitest; the exit code is what CI and `npm test` see.
    console.error(`\nThe e2e network check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  };
}
