/**
 * Italian reportage sets speech with dialogue dashes instead of marks: "– Siamo arrivati alle tre – dice
 * Ferri – e l'acqua era già al primo piano." A paragraph opening on a dash, with a reporting verb right after
 * a later dash, is speech cut by the reporter's words; its spoken pieces are quotations. A paragraph with
 * quotation marks, or with no reporting verb after a dash (a list item), is left alone.
 */
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { paragraphs, type RawQuote } from './quotes';

const OPENING = /^[\u2013\u2014][ \u00a0]*/u;
const DASH = /[ \u00a0][\u2013\u2014](?=[ \u00a0,.;:]|$)/gu;
const MARKS = /["\u00ab\u00bb\u201c\u201d\u201e]/;

/** The spoken pieces of the dialogue-dash paragraphs of an Italian text, in order. */
function dashQuotes(text: string): RawQuote[] {
  if (language().code !== 'it') return [];
  const out: RawQuote[] = [];
  for (const p of paragraphs(text)) {
    const body = text.slice(p.start, p.end);
    const lead = OPENING.exec(body);
    if (!lead || MARKS.test(body)) continue;
    const dashes = [...body.matchAll(DASH)].map((m) => m.index + 1);
    // The first dash after the opening one must lead into a reporting verb ("– dice Ferri").
    const first = dashes[0];
    if (first === undefined || !cueAfter(body, first + 1)) continue;
    // Speech and narration alternate between the dashes: speech first, then the reporter's words.
    const bounds = [0, ...dashes, body.length];
    for (let k = 0; k + 1 < bounds.length; k += 2) {
      const from = k === 0 ? lead[0].length : must(bounds[k], 'bound') + 1;
      const to = must(bounds[k + 1], 'bound');
      const words = body.slice(from, to).replace(/[\s,.;:]+$/u, '');
      if (!/\p{L}/u.test(words)) continue;
      const start = p.start + from + (words.length - words.trimStart().length);
      const end = p.start + from + words.length;
      const closed = to < body.length;
      out.push({
        start,
        end,
        open: p.start + (k === 0 ? 0 : from - 1),
        close: closed ? p.start + to : -1,
        level: 'double',
        parent: -1,
      });
    }
  }
  return out;
}

/** True when a reporting verb stands among the first words after position `at` ("dice", "ha detto"). */
function cueAfter(body: string, at: number): boolean {
  const words =
    body
      .slice(at)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return words.slice(0, 3).some((w) => isCueVerb(w));
}

/** The quotations `raw` found by marks, with the spoken pieces of dialogue-dash paragraphs merged in order. */
export function withDashQuotes(text: string, raw: RawQuote[]): RawQuote[] {
  const added = dashQuotes(text).filter((d) => !raw.some((q) => q.start < d.end && d.start < q.end));
  if (!added.length) return raw;
  const all = [...raw.map((q, i) => ({ q, old: i })), ...added.map((q) => ({ q, old: -1 }))];
  all.sort((x, y) => x.q.start - y.q.start || (x.q.parent < 0 ? -1 : 1));
  const renumber = new Map<number, number>();
  all.forEach((x, i) => {
    if (x.old >= 0) renumber.set(x.old, i);
  });
  return all.map((x) => (x.q.parent >= 0 ? { ...x.q, parent: must(renumber.get(x.q.parent), 'parent') } : x.q));
}
