/** Builds both browsers' extensions before the e2e suite (a few seconds), so a run never tests a stale build. */
import { execFileSync } from 'node:child_process';
import { ROOT_DIR } from './paths';

/** Vitest global setup. */
export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
}
