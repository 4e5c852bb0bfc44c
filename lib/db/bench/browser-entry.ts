/** Bundled by scripts/bench-db.ts into a page script: exposes the benchmark to the page as a global. */
import { OnRecordDb } from '../schema';
import { runLibraryBench } from './run-bench';

(globalThis as { runLibraryBench?: (n: number) => Promise<unknown> }).runLibraryBench = async (n: number) => {
  const db = new OnRecordDb(`bench-${Date.now()}`);
  try {
    return await runLibraryBench(db, n);
  } finally {
    db.close();
  }
};
