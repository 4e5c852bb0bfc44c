/**
 * What the reader does with a possible-tension suggestion: dismiss it (remembered, so it never shows again
 * for that pair), undo that, or confirm it as a labelled relation. Also the relations a reader draws from the
 * card's "Relate" without a suggestion.
 */

import { t } from '@/lib/core/i18n';
import type { Dismissal, Relation, RelationType } from '@/lib/core/records';
import { tensionKey } from '@/lib/match/tension';
import type { OnRecordDb } from './database-schema';

/** Remembers a dismissal (a second dismissal of the same key replaces the first). */
export async function dismissTension(db: OnRecordDb, dismissal: Dismissal): Promise<void> {
  await db.dismissals.put(dismissal);
}

/** Forgets a dismissal (the card's Undo); true when there was one. */
export async function undoDismissal(db: OnRecordDb, key: string): Promise<boolean> {
  const had = (await db.dismissals.get(key)) !== undefined;
  await db.dismissals.delete(key);
  return had;
}

/** Every dismissal, newest first (for the manager and tests). */
export async function listDismissals(db: OnRecordDb): Promise<Dismissal[]> {
  const all = await db.dismissals.toArray();
  return all.sort((a, b) => b.dismissedAt.localeCompare(a.dismissedAt));
}

/**
 * The keys to hide for one page quote, among suggestions against `earlierIds`. A dismissal made while the
 * quote was not on record is keyed by its words; once the quote is saved its suggestions are keyed by the
 * pair of statement ids, so each such dismissal also yields the pair key for each stored statement the quote
 * is (`sameIds`).
 */
export async function dismissedKeysFor(
  db: OnRecordDb,
  quoteText: string,
  earlierIds: string[],
  sameIds: string[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  if (earlierIds.length === 0) return keys;
  const found = await db.dismissals.where('earlierId').anyOf(earlierIds).toArray();
  for (const d of found) {
    keys.add(d.key);
    if (d.textKey !== tensionKey({ text: quoteText }, d.earlierId)) continue;
    keys.add(d.textKey);
    for (const id of sameIds) keys.add(tensionKey({ text: quoteText, statementId: id }, d.earlierId));
  }
  return keys;
}

/** A relation the reader draws between a later statement (`fromId`) and an earlier one (`toId`). */
export interface ReaderRelation {
  fromId: string;
  toId: string;
  type: RelationType;
  note: string;
  labelledBy: string;
}

/**
 * Stores the reader's relation between two statements. The pair holds one relation: labelling it again (in
 * either direction) replaces the earlier label rather than adding a second one.
 */
export async function relateStatements(
  db: OnRecordDb,
  input: ReaderRelation,
  makeId: () => string = () => `r-${crypto.randomUUID()}`,
): Promise<Relation> {
  if (input.fromId === input.toId) throw new Error(t('writeErrorSelfRelation'));
  return db.transaction('rw', db.relations, db.statements, async () => {
    const [from, to] = await db.statements.bulkGet([input.fromId, input.toId]);
    if (!from || !to) throw new Error(t('writeErrorStatementsGone'));
    const existing = (await db.relations.where('fromId').anyOf([input.fromId, input.toId]).toArray()).find(
      (r) =>
        (r.fromId === input.fromId && r.toId === input.toId) || (r.fromId === input.toId && r.toId === input.fromId),
    );
    const relation: Relation = {
      id: existing?.id ?? makeId(),
      fromId: input.fromId,
      toId: input.toId,
      type: input.type,
      note: input.note,
      labelledBy: input.labelledBy,
      createdAt: new Date().toISOString(),
    };
    await db.relations.put(relation);
    return relation;
  });
}
