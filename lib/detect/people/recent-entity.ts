/**
 * Looks back through the people index for an entity mentioned before a position: the most recent one that fits,
 * or where one was last named. Pronouns, titles and organisation nouns resolve through these.
 */

import { must } from '@/lib/detect/text/must';
import type { Entity, PeopleIndex } from './people-index';

/** Most recent mention (before `pos`) of an entity matching `ok`. */
export function recentEntity(idx: PeopleIndex, pos: number, ok: (e: Entity) => boolean): number | null {
  for (let i = idx.mentions.length - 1; i >= 0; i--) {
    const m = must(idx.mentions[i], 'mention');
    if (m.start < pos && ok(must(idx.entities[m.entity], 'entity'))) return m.entity;
  }
  return null;
}

/** Position of the last mention of entity `id` before `pos`. */
export function lastMentionOf(idx: PeopleIndex, id: number, pos: number): number {
  let at = -1;
  for (const m of must(idx.entities[id], 'entity').mentions) if (m.start < pos && m.start > at) at = m.start;
  return at;
}
