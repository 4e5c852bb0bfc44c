/**
 * Headlines, crossheads and pull quotes repeat a statement made elsewhere in the article: they take the
 * speaker of the quote whose words they repeat.
 */

import type { Attribution } from './attribution';
import type { RawQuote } from './quotes';

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}\u2019']+/u)
    .filter(Boolean);

/** A headline, crosshead or pull quote without a cue takes the speaker of the quote whose words it repeats. */
export function echoSpeakers(text: string, raw: RawQuote[], out: Attribution[]) {
  const sets: (Set<string> | null)[] = raw.map((q, j) =>
    out[j]!.entity === null ? null : new Set(words(text.slice(q.start, q.end))),
  );
  raw.forEach((q, i) => {
    if (out[i]!.mention || q.parent >= 0) return;
    const mine = words(text.slice(q.start, q.end));
    if (!mine.length || mine.length > 30) return;
    let best = -1;
    // Echoes sit near the quote they repeat: look at the 40 quotes either side.
    for (let j = Math.max(0, i - 40); j < Math.min(raw.length, i + 41); j++) {
      const o = raw[j]!;
      const theirs = sets[j];
      if (!theirs || j === i || o.end - o.start < q.end - q.start) continue;
      if (best >= 0 && Math.abs(o.start - q.start) >= Math.abs(raw[best]!.start - q.start)) continue;
      if (mine.filter((w) => theirs.has(w)).length / mine.length >= 0.75) best = j;
    }
    if (best >= 0) out[i] = { entity: out[best]!.entity, mention: null, echo: mine.length >= 2, way: 'echo' };
  });
}
