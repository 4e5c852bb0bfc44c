import type { IdConflict, PersonConflict } from './pack-conflicts';

/** Counts of records a pack added and merged, per kind, and the id conflicts found. */
export interface WriteCounts {
  people: { added: number; merged: number };
  statements: { added: number; merged: number };
  relations: { added: number; merged: number };
  reviews: { added: number; merged: number };
  conflicts: IdConflict[];
  /** Pack people whose id is a stored record of the other kind (person / organisation). */
  personConflicts: PersonConflict[];
}
