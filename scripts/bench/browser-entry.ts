/** Bundled by scripts/bench-db.ts into a page script: exposes the benchmarks to the page as globals. */

import { OnRecordDb } from '../../lib/db/database-schema';
import { closeManager, editCycles, openManager, searchReady, typeQuery } from './manager-bench';
import { runLibraryBench } from './run-bench';
import { runSubscribeBench, type SubscribeUrls } from './subscribe-bench';

Object.assign(globalThis, {
  /** Runs the library benchmark in database `name`, which it leaves for the manager benchmark. */
  runLibraryBench: async (name: string, n: number) => {
    const db = new OnRecordDb(name);
    try {
      return await runLibraryBench(db, n);
    } finally {
      db.close();
    }
  },
  /** Runs the subscription benchmark in a fresh database `name`. */
  runSubscribeBench: async (name: string, urls: SubscribeUrls, n: number) => {
    const db = new OnRecordDb(name);
    try {
      return await runSubscribeBench(db, urls, n);
    } finally {
      db.close();
    }
  },
  openManager,
  searchReady,
  typeQuery,
  editCycles,
  closeManager,
});
