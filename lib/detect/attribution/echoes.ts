/**
 * Headlines, crossheads and pull quotes repeat a statement made elsewhere in the article: they take the
 * speaker of the quote whose words they repeat.
 */

import type { PeopleIndex } from '@/lib/detect/people/people';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { must } from '@/lib/detect/text/must';
import type { Attribution } from './attribution';
import { bareTitle, holdsTitle } from './titled-echoes';

// The runs of letters, digits and apostrophes: what splitting at every other character leaves, found with
// ASCII stretches first, which the engine tests far faster than the Unicode classes.
const WORD_RUN = /(?:[a-z0-9']+|[\p{L}\p{N}\u2019'])+/gu;
const words = (s: string): string[] => s.toLowerCase().match(WORD_RUN) ?? [];

/**
 * A headline, crosshead or pull quote without a cue takes the speaker of the quote whose words it repeats; one
 * whose cue is only a title ("Il ministro: «…»") takes it when that speaker holds the title.
 */
export function echoSpeakers(text: string, raw: RawQuote[], out: Attribution[], idx?: PeopleIndex) {
  // Which quotes' words count is settled by the attributions as they stand now, before any echo is taken;
  // each quote's words are read when first asked for, once, for its set and its list alike.
  const listed = raw.map((q, j) => {
    const a = must(out[j], 'attribution');
    return a.entity !== null || (!a.mention && q.parent < 0);
  });
  const attributed = out.map((a) => a.entity !== null);
  const lists: (string[] | null | undefined)[] = raw.map(() => undefined);
  const sets: (Set<string> | null | undefined)[] = raw.map(() => undefined);
  const listOf = (j: number): string[] | null => {
    let list = lists[j];
    if (list === undefined) {
      const q = must(raw[j], 'quote');
      list = listed[j] ? words(text.slice(q.start, q.end)) : null;
      lists[j] = list;
    }
    return list;
  };
  const setOf = (j: number): Set<string> | null => {
    let set = sets[j];
    if (set === undefined) {
      set = attributed[j] ? new Set(listOf(j)) : null;
      sets[j] = set;
    }
    return set;
  };
  raw.forEach((q, i) => {
    const titled = idx && q.parent < 0 ? bareTitle(text, must(out[i], 'attribution')) : undefined;
    if ((must(out[i], 'attribution').mention && !titled) || q.parent >= 0) return;
    const mine = listOf(i) ?? (titled ? words(text.slice(q.start, q.end)) : []);
    if (!mine.length || mine.length > 30) return;
    let best = -1;
    // Echoes sit near the quote they repeat: look at the 40 quotes either side.
    for (let j = Math.max(0, i - 40); j < Math.min(raw.length, i + 41); j++) {
      const o = raw[j];
      if (!o || !attributed[j] || j === i || o.end - o.start < q.end - q.start) continue;
      const nearest = raw[best];
      if (nearest && Math.abs(o.start - q.start) >= Math.abs(nearest.start - q.start)) continue;
      if (sharedShare(mine, setOf(j)) >= 0.75) best = j;
    }
    const echoed = out[best];
    if (titled) {
      if (idx && echoed && holdsTitle(idx, echoed.entity, titled))
        out[i] = { entity: echoed.entity, mention: null, echo: mine.length >= 2, way: 'echo' };
    } else if (echoed) out[i] = { entity: echoed.entity, mention: null, echo: mine.length >= 2, way: 'echo' };
    // A crosshead repeating words nobody was found to have said is nobody's yet, not the run before it.
    else if (mine.length >= 2 && repeatsUnattributed(raw, listOf, out, i)) out[i] = { entity: null, mention: null };
  });
}

/** The share of `mine` (words, repeats counted) that `theirs` holds; 0 when there is no set. */
function sharedShare(mine: string[], theirs: Set<string> | null): number {
  if (!theirs) return 0;
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared / mine.length;
}

/** True when a longer quote near quote `i` that has no speaker holds its words. */
function repeatsUnattributed(
  raw: RawQuote[],
  listOf: (j: number) => string[] | null,
  out: Attribution[],
  i: number,
): boolean {
  const q = must(raw[i], 'quote');
  const mine = listOf(i) ?? [];
  return raw.some((o, j) => {
    if (j === i || must(out[j], 'attribution').entity !== null || o.end - o.start <= q.end - q.start) return false;
    if (Math.abs(o.start - q.start) > 3000) return false;
    const theirs = listOf(j);
    return !!theirs && sharedShare(mine, new Set(theirs)) >= 0.75;
  });
}
