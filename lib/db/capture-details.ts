/** The venue and tags a reader adds in the capture window, written onto the statement the capture saved. */

import type { OnRecordDb } from './database-schema';
import { toStatement, toStatementRow } from './repos-statements';

/** Sets the venue (when given) and adds the tags to a saved statement; tags already there stay. */
export async function addCaptureDetails(
  db: OnRecordDb,
  statementId: string,
  details: { venue: string; tags: string[] },
): Promise<void> {
  if (!details.venue && details.tags.length === 0) return;
  await db.transaction('rw', db.statements, async () => {
    const row = await db.statements.get(statementId);
    if (!row) return;
    const stored = toStatement(row);
    await db.statements.put(
      toStatementRow({
        ...stored,
        ...(details.venue ? { venue: details.venue } : {}),
        tags: [...new Set([...stored.tags, ...details.tags])],
        updatedAt: new Date().toISOString(),
      }),
    );
  });
}
