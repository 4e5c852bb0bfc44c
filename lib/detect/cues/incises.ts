/**
 * French press typography sets the reporting clause inside the guillemets when it interrupts a quotation:
 * « Personne ne sera oublié, a-t-elle insisté. Le texte sera revu. » The words before and after the incise
 * are two quotations of the incise's subject, not one quotation with the cue inside it. This module finds
 * such incises and cuts the quotation around them; attribution then reads the incise as the first part's cue.
 */

import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';

// The break before an incise: a comma, or the question or exclamation mark that ends the first words.
const BREAK = /(?:,|[?!\u2026])\s+/gu;
// "a-t-elle insisté", "avait-il prévenu": an auxiliary with its inverted pronoun, then the participle.
const AUX_INVERTED = /^(?:a|avait|aura|aurait)-t-(?:il|elle|ils|elles|on)\s+(\p{L}+)/u;
// "soupire-t-elle", "dit-il", "nuance-t-on": the verb itself carries the inverted pronoun.
const VERB_INVERTED = /^(\p{L}+)(?:-t)?-(?:il|elle|ils|elles|on)\b/u;
// "soupire Sandrine Royer", "explique la sociologue", "a insisté la ministre": a verb, then its subject.
const VERB_SUBJECT =
  /^(?:a\s+|avait\s+)?(\p{L}+)\s+(?:l[ae]\s|les\s|l['\u2019]|son\s|sa\s|ses\s|cette\s|ce\s|cet\s|\p{Lu})/u;
// Where the incise ends: the full stop before the next sentence of the quote, or the comma before the rest.
const INCISE_END = /^[^.,;:!?\u00ab\u00bb"\u201c\u201d\n]{2,90}?([.,])\s+(?=\S)/u;
const SENTENCE_END = /^[^.;:!?\u00ab\u00bb"\u201c\u201d\n]{2,140}?(\.)\s+(?=\S)/u;
// What opens an apposition to a name rather than the rest of the sentence: an age, a determiner, a relative,
// a noun with its complement ("porte-parole du collectif", "éleveur dans la Sarthe"), or the name a title
// leads to ("estime le directeur de l’ARS, Paul Martin.").
const APPOSITION =
  /^(?:\d|(?:l[ae]|les|un|une|des|son|sa|ses|qui)\s|l['\u2019]|[\p{Ll}-]+\s+(?:de|du|des|d['\u2019]|à|au|aux|dans|chez|pour|en)\b|(?:\p{Lu}[\p{L}'\u2019-]+\s+){1,3}?\p{Lu}[\p{L}'\u2019-]+\.)/u;

// Guillemets, and the curly double marks some French sites (Switzerland, Belgium, Québec) use instead.
const OPENERS = new Set(['\u00ab', '\u201c']);

/** Where an incise starting at `at` in `body` ends, and where the quote resumes, or undefined if none is there. */
export function inciseAt(body: string, at: number): { end: number; resume: number } | undefined {
  const rest = body.slice(at);
  const inverted = AUX_INVERTED.exec(rest)?.[1] ?? VERB_INVERTED.exec(rest)?.[1];
  const verb = inverted ?? VERB_SUBJECT.exec(rest)?.[1];
  if (!verb || !isCueVerb(verb.toLowerCase())) return undefined;
  let m = INCISE_END.exec(rest);
  // "a expliqué Julien Garnier, éleveur dans la Sarthe.": a named subject may take an apposition.
  if (m?.[1] === ',' && !inverted && APPOSITION.test(rest.slice(m[0].length))) m = SENTENCE_END.exec(rest);
  if (!m || m[0].split(/\s+/).length > 14) return undefined;
  // "…, dénonce les syndicats et ignore la rue.": a clause going on with "et" is the speaker's own sentence.
  if (!inverted && /\s(?:et|mais|puis)\s/u.test(m[0])) return undefined;
  const resume = at + m[0].length;
  // A comma closes an incise set inside a sentence: what follows goes on in lower case.
  if (m[1] === ',' && !/^\p{Ll}/u.test(body.slice(resume))) return undefined;
  if (!/\p{L}/u.test(body.slice(resume))) return undefined;
  return { end: at + m[0].trimEnd().length, resume };
}

/** The cut points of incises inside one quotation's words: [end of part, start of next part] pairs. */
function cutsIn(body: string): { stop: number; resume: number }[] {
  const cuts: { stop: number; resume: number }[] = [];
  for (const m of body.matchAll(BREAK)) {
    const at = m.index + m[0].length;
    if (cuts.length && at < (cuts.at(-1)?.resume ?? 0)) continue;
    // Words must stand before the incise: "Oui, dit-il" is too little to be a quotation of its own.
    if (!/\p{L}{2,}.*\s.*\p{L}/u.test(body.slice(cuts.at(-1)?.resume ?? 0, m.index))) continue;
    const incise = inciseAt(body, at);
    if (!incise) continue;
    // A comma belongs to the sentence the incise interrupts; a question mark belongs to the quotation.
    const stop = m[0].startsWith(',') ? m.index : m.index + 1;
    cuts.push({ stop, resume: incise.resume });
  }
  return cuts;
}

/**
 * Cuts every French quotation (in guillemets or curly double marks) around the incises inside it. The first part's `close` points
 * at the break before the incise, so the incise reads as the cue after it; later parts carry `incise`, the
 * index of the part the cue follows.
 */
export function splitIncises(text: string, raw: RawQuote[]): RawQuote[] {
  if (language().code !== 'fr') return raw;
  const out: RawQuote[] = [];
  const moved = new Map<number, number>();
  raw.forEach((q, i) => {
    const cuts =
      q.parent < 0 && q.close >= 0 && q.group === undefined && OPENERS.has(text[q.open] ?? '')
        ? cutsIn(text.slice(q.start, q.end))
        : [];
    moved.set(i, out.length);
    if (!cuts.length) {
      out.push({ ...q });
      return;
    }
    const first = out.length;
    let start = q.start;
    for (const cut of cuts) {
      const stop = q.start + cut.stop;
      out.push({ ...q, start, end: stop, close: stop, ...(start > q.start ? { open: start - 1, incise: first } : {}) });
      start = q.start + cut.resume;
    }
    out.push({ ...q, start, open: start - 1, incise: first });
  });
  // Quotes nested in a cut quotation follow the part they now sit in.
  for (const q of out) {
    if (q.parent < 0) continue;
    const host = out.findLastIndex((p) => p.parent < 0 && p.start <= q.start && q.end <= p.end);
    q.parent = host >= 0 ? host : (moved.get(q.parent) ?? q.parent);
  }
  return out;
}
