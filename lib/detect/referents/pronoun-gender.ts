/**
 * A he or she reaches a person whose gender the text never gave only when nobody of the pronoun's gender is in
 * sight: "Une ouverture jugée « cosmétique » par Sophie Lambotte. « … », a-t-elle rétorqué" is Sophie
 * Lambotte's, not the last speaker's, a man the text named without a gendered title.
 */

import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { lastMentionOf } from '@/lib/detect/people/recent-entity';
import { must } from '@/lib/detect/text/must';

/**
 * True when a pronoun of gender `g` at `pos` must not reach `id`: the candidate's gender is the other one, or
 * unknown while a person of gender `g` is named after the candidate's last mention or in the pronoun's own
 * paragraph.
 */
export function genderBars(idx: PeopleIndex, text: string, pos: number, id: number, g: 'm' | 'f'): boolean {
  const e = must(idx.entities[id], 'entity');
  if (e.kind !== 'person') return false;
  if (e.gender) return e.gender !== g;
  const since = Math.min(lastMentionOf(idx, id, pos), text.lastIndexOf('\n', pos - 1) + 1);
  return idx.mentions.some((m) => {
    if (m.start < since || m.start >= pos || m.entity === id) return false;
    const other = must(idx.entities[m.entity], 'entity');
    return other.kind === 'person' && other.gender === g;
  });
}

/** True when entity `id` was last named before the paragraph preceding the one at `pos`: out of a he's reach. */
export function namedLongAgo(idx: PeopleIndex, text: string, pos: number, id: number): boolean {
  const own = text.lastIndexOf('\n', pos - 1);
  let prev = own;
  while (prev > 0 && text[prev - 1] === '\n') prev--;
  const previous = prev > 0 ? text.lastIndexOf('\n', prev - 1) + 1 : 0;
  return lastMentionOf(idx, id, pos) < previous;
}
