/**
 * Settings kept in the extension's own database rather than storage.local: storage.local is readable from
 * every content script, so anything one site must not learn about another (which sites the reader opted in
 * to remembering) lives here, read only by the background and extension pages.
 */
import type { OnRecordDb } from './database-schema';

/** One setting's stored value, or undefined when never set. */
export async function getPref(db: OnRecordDb, key: string): Promise<unknown> {
  return (await db.prefs.get(key))?.value;
}

/** Writes one setting. */
export async function setPref(db: OnRecordDb, key: string, value: unknown): Promise<void> {
  await db.prefs.put({ key, value, updatedAt: new Date().toISOString() });
}
