/**
 * Pack records whose id the library already gives to a record they must not be merged with: a statement of
 * another person, or a record of the other kind (person / organisation). The import preview names them and the
 * reader chooses what Import does (docs/pack-format.md).
 */

import type { Person } from '@/lib/core/records';
import type { Pack } from '@/lib/pack/pack-schema';
import type { PersonRow } from './database-schema';

/** What Import does with a clashing pack record: leave it out, add it under a new id, or replace the stored one. */
export type ConflictChoice = 'skip' | 'new' | 'replace';

/** A pack statement whose id the library already gives to another person's statement: never merged silently. */
export interface IdConflict {
  id: string;
  /** The pack's words and the stored words, for the preview. */
  incoming: string;
  stored: string;
}

/**
 * A pack person (or organisation) whose id the library already gives to a record of the other kind: a person
 * is never merged into an organisation, or the reverse, silently.
 */
export interface PersonConflict {
  id: string;
  /** The pack's record and the stored one, for the preview. */
  incoming: { name: string; kind: Person['kind'] };
  stored: { name: string; kind: Person['kind'] };
}

/** What Import does with each kind of conflict; both default to 'skip'. */
export interface ConflictChoices {
  statements?: ConflictChoice;
  people?: ConflictChoice;
}

/**
 * The pack people whose id is a stored record of the other kind, each added to `found` for the preview.
 * Duplicate ids inside one pack were rejected by the pack check, so each id is one pack person.
 */
export function kindClashes(stored: (PersonRow | undefined)[], pack: Pack, found: PersonConflict[]): Set<string> {
  const byId = new Map(stored.filter((r) => r !== undefined).map((r) => [r.id, r]));
  const clashes = new Set<string>();
  for (const p of pack.people) {
    const row = byId.get(p.id);
    if (!row || row.kind === p.kind) continue;
    found.push({
      id: p.id,
      incoming: { name: p.name, kind: p.kind },
      stored: { name: row.name, kind: row.kind },
    });
    clashes.add(p.id);
  }
  return clashes;
}

/** A new id for a conflicting record: the pack's id with a random suffix no stored record can share. */
export function freshId(id: string, taken: { has(id: string): boolean }): string {
  for (;;) {
    const candidate = `${id.slice(0, 180)}-${crypto.randomUUID().slice(0, 8)}`;
    if (!taken.has(candidate)) return candidate;
  }
}
