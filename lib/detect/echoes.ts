/**
 * Headlines, crossheads and pull quotes repeat a statement made elsewhere in the article: they take the
 * speaker of the quote whose words they repeat.
 */

import type { Attribution } from './attribution';
import { must } from './must';
import type { PeopleIndex } from './people';
import type { RawQuote } from './quotes';
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
  // Each quote's words are read once, for the sets of the attributed and the words of the unattributed alike.
  const lists = raw.map((q, j) => {
    const a = must(out[j], 'attribution');
    return a.entity !== null || (!a.mention && q.parent < 0) ? words(text.slice(q.start, q.end)) : null;
  });
  const sets: (Set<string> | null)[] = raw.map((_q, j) =>
    must(out[j], 'attribution').entity === null ? null : new Set(lists[j]),
  );
  raw.forEach((q, i) => {
    const titled = idx && q.parent < 0 ? bareTitle(text, must(out[i], 'attribution')) : undefined;
    if ((must(out[i], 'attribution').mention && !titled) || q.parent >= 0) return;
    const mine = lists[i] ?? (titled ? words(text.slice(q.start, q.end)) : []);
    if (!mine.length || mine.length > 30) return;
    let best = -1;
    // Echoes sit near the quote they repeat: look at the 40 quotes either side.
    for (let j = Math.max(0, i - 40); j < Math.min(raw.length, i + 41); j++) {
      const o = raw[j];
      const theirs = sets[j];
      if (!o || !theirs || j === i || o.end - o.start < q.end - q.start) continue;
      const nearest = raw[best];
      if (nearest && Math.abs(o.start - q.start) >= Math.abs(nearest.start - q.start)) continue;
      if (mine.filter((w) => theirs.has(w)).length / mine.length >= 0.75) best = j;
    }
    const echoed = out[best];
    if (titled) {
      if (idx && echoed && holdsTitle(idx, echoed.entity, titled))
        out[i] = { entity: echoed.entity, mention: null, echo: mine.length >= 2, way: 'echo' };
    } else if (echoed) out[i] = { entity: echoed.entity, mention: null, echo: mine.length >= 2, way: 'echo' };
    // A crosshead repeating words nobody was found to have said is nobody's yet, not the run before it.
    else if (mine.length >= 2 && repeatsUnattributed(raw, lists, out, i)) out[i] = { entity: null, mention: null };
  });
}

/** True when a longer quote near quote `i` that has no speaker holds its words. */
function repeatsUnattributed(raw: RawQuote[], lists: (string[] | null)[], out: Attribution[], i: number): boolean {
  const q = must(raw[i], 'quote');
  const mine = lists[i] ?? [];
  return raw.some((o, j) => {
    const theirs = lists[j];
    if (j === i || !theirs || must(out[j], 'attribution').entity !== null || o.end - o.start <= q.end - q.start)
      return false;
    if (Math.abs(o.start - q.start) > 3000) return false;
    const set = new Set(theirs);
    return mine.filter((w) => set.has(w)).length / mine.length >= 0.75;
  });
}
