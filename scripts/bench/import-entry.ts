/** Bundled by scripts/bench-factcheck-import.ts into a page script: exposes the import benchmark to the page. */

import { OnRecordDb } from '../../lib/db/database-schema';
import { runImportBench } from './run-import-bench';

Object.assign(globalThis, {
  /** Runs both imports in real IndexedDB, each in a database named after `prefix`. */
  runImportBench: (prefix: string, n: number) =>
    runImportBench(
      (name) => new OnRecordDb(`${prefix}-${name}`),
      n,
      // Set by the benchmark script: counts the browser's CPU time around each transaction.
      async (label) => (globalThis as { benchMark?: (label: string) => Promise<void> }).benchMark?.(label),
    ),
});
