import { STARTER_PACK } from '@/lib/pack/starter-data';
import type { OnRecordDb } from './database-schema';
import { type ImportSummary, importPack, isLibraryEmpty } from './repos-pack';

/**
 * Loads the bundled starter pack, only into an empty library: a reader who reinstalls over a kept profile, or
 * who emptied nothing, never gets records back they deleted or merged. Returns null when it did nothing.
 */
export async function loadStarterPackIfEmpty(db: OnRecordDb): Promise<ImportSummary | null> {
  // One transaction, so a second install event cannot slip in between the check and the import.
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews], async () =>
    (await isLibraryEmpty(db)) ? importPack(db, STARTER_PACK) : null,
  );
}
