/**
 * Builds both browsers' extensions before the e2e suite, so a run never tests a stale build.
 * E2E_SKIP_BUILD=1 skips it when the caller has just built (as `npm test` does).
 */
import { execFileSync } from 'node:child_process';
import { buildsExist, ROOT_DIR } from './paths';

/** Vitest global setup. */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && buildsExist()) return;
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '-b', 'firefox'],
  ]) {
    execFileSync('npx', args, { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
  }
}
