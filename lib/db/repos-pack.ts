import type { Relation, Review } from '@/lib/core/records';
import { toImportInput } from '@/lib/pack/import-input';
import { asOwnRecords } from '@/lib/pack/own-records';
import { PACK_FORMAT, PACK_VERSION, type Pack, type PackMeta } from '@/lib/pack/pack-schema';
import { checkPack, describeRejection, parsePack, type Rejection } from '@/lib/pack/parse-pack';
import { type ExportScope, scopeLibrary } from '@/lib/pack/scope';
import type { OnRecordDb } from './database-schema';
import { toPerson } from './person-row';
import { toStatement } from './repos-statements';
import { reviewsOfTables } from './review-store';
import { type ConflictChoice, type ConflictChoices, planPack, type WriteCounts, writePack } from './write-pack';

/** What an import did (or would do), for the reader: new records, records folded in, records left out. */
export interface ImportSummary extends WriteCounts {
  /** Records left out, each with its reason (only with `skipRejected`; otherwise any makes the import fail). */
  rejected: Rejection[];
}

/** An import that was refused, with every problem found; nothing was written. */
export class PackError extends Error {
  constructor(readonly errors: string[]) {
    super(`Not a valid OnRecord pack:\n${errors.join('\n')}`);
    this.name = 'PackError';
  }
}

/** How strict an import is. */
export interface ImportOptions {
  /** Import the valid records and report the rest, instead of refusing the whole pack. */
  skipRejected?: boolean;
  /** A pack statement whose id is another person's statement here: skip it (default), import it under a new id, or replace the stored one. */
  conflicts?: ConflictChoice;
  /** A pack person whose id is a stored organisation here, or the reverse: skip (default), new id, or replace. */
  personConflicts?: ConflictChoice;
}

/**
 * A pack that passed checking, with what checking left out: what a preview hands back so the import that
 * follows it does not check the whole file again.
 */
export class AcceptedPack {
  constructor(
    readonly pack: Pack,
    readonly rejected: Rejection[],
  ) {}
}

/**
 * Adds a pack to the library in one transaction: all of it or none. Records already there (same id, or the
 * same person by name, or the same words by the same person on the same day) are merged, never overwritten:
 * the reader's names, words and notes stay; new aliases, roles, sources and tags are added. `input` is the
 * file's JSON, or the AcceptedPack of a preview (checked once; merged against the library as it is now).
 */
export async function importPack(db: OnRecordDb, input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const { pack, rejected } = input instanceof AcceptedPack ? input : accept(input, options);
  // An async scope: Dexie keeps the transaction across the native awaits inside only for async functions.
  return db.transaction('rw', [db.people, db.statements, db.relations, db.reviews], async () =>
    writeAll(db, pack, rejected, { statements: options.conflicts, people: options.personConflicts }),
  );
}

/**
 * What importing would do: the pack is checked and its merges worked out against the library, reading only
 * (nothing is written, so there is nothing to roll back). `accepted` can be handed to importPack.
 */
export async function previewImport(
  db: OnRecordDb,
  input: unknown,
): Promise<ImportSummary & { meta: PackMeta; accepted: AcceptedPack }> {
  const accepted = accept(input, { skipRejected: true });
  const plan = await db.transaction('r', [db.people, db.statements, db.relations, db.reviews], async () =>
    planPack(db, accepted.pack, new Date().toISOString()),
  );
  return { ...plan.counts, rejected: accepted.rejected, meta: accepted.pack.meta, accepted };
}

/**
 * Checks a pack's JSON exactly as an import's preview does: the valid records kept, each bad one listed with
 * its reason, PackError for a file that is no pack. A subscription's every version goes through here.
 */
export function checkImportable(json: unknown): AcceptedPack {
  return accept(json, { skipRejected: true });
}

/** Checks a pack file's JSON, or a ClaimReview file's once read as a pack (lib/pack/import-input.ts). */
function accept(json: unknown, options: ImportOptions): AcceptedPack {
  const { input, rejected: before } = toImportInput(json);
  if (!options.skipRejected) {
    if (before.length > 0) throw new PackError(before.map(describeRejection));
    const parsed = parsePack(input);
    if (!parsed.ok) throw new PackError(parsed.errors);
    return new AcceptedPack(asOwnRecords(parsed.pack), []);
  }
  const checked = checkPack(input);
  if (!checked.ok) throw new PackError(checked.errors);
  return new AcceptedPack(asOwnRecords(checked.pack), [...before, ...checked.rejected]);
}

async function writeAll(
  db: OnRecordDb,
  pack: Pack,
  rejected: Rejection[],
  conflicts: ConflictChoices,
): Promise<ImportSummary> {
  return { ...(await writePack(db, pack, new Date().toISOString(), conflicts)), rejected };
}

/** The library, or the part `scope` names (lib/pack/scope), as a pack for backup or sharing. */
export async function exportPack(db: OnRecordDb, meta: PackMeta, scope: ExportScope = { kind: 'all' }): Promise<Pack> {
  const [people, statements, relations, reviewRows] = await db.transaction(
    'r',
    [db.people, db.statements, db.relations, db.reviews],
    () => Promise.all([db.people.toArray(), db.statements.toArray(), db.relations.toArray(), db.reviews.toArray()]),
  );
  const reviews = reviewsOfTables(statements, reviewRows);
  const part = scopeLibrary(
    { people: people.map(toPerson), statements: statements.map(toStatement), relations: relations as Relation[] },
    scope,
  );
  // A part carries the reviews of its own statements; the whole library carries every review.
  const inPart = new Set(part.statements.map((s) => s.id));
  const kept = scope.kind === 'all' ? reviews : reviews.filter((r) => r.statementId && inPart.has(r.statementId));
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meta,
    ...part,
    ...(kept.length > 0 ? { reviews: linkedReviews(kept, part.people, part.statements) } : {}),
  };
}

/** Whether the library holds nothing at all, so first-run data never lands on a reader's own records. */
export async function isLibraryEmpty(db: OnRecordDb): Promise<boolean> {
  const counts = await Promise.all([
    db.people.count(),
    db.statements.count(),
    db.relations.count(),
    db.reviews.count(),
  ]);
  return counts.every((n) => n === 0);
}

/**
 * Reviews as a backup carries them: a link to a person or statement deleted since is dropped (the review stays,
 * naming nobody), so the backup imports whole instead of rejecting the review.
 */
function linkedReviews(reviews: Review[], people: { id: string }[], statements: { id: string }[]): Review[] {
  const personIds = new Set(people.map((p) => p.id));
  const statementIds = new Set(statements.map((st) => st.id));
  return reviews.map(({ statementId, ...r }) => ({
    ...r,
    claimantId: r.claimantId !== null && personIds.has(r.claimantId) ? r.claimantId : null,
    ...(statementId && statementIds.has(statementId) ? { statementId } : {}),
  }));
}
