/**
 * What may stand between a title and the name set off after it ("el presidente del Gobierno, X", "la
 * secretaria general de la Confederación de Trabajadores Independientes (CTI), X"): a few qualifying words
 * and the body the title is of, with its acronym. Anything else (a verb, a clause) ends the title.
 */
import { language } from './language';

/** Most words a title's complement runs to before the comma and the name. */
const MAX_WORDS = 12;
/** Most plain lower-case words ("general", "adjunto", "económico") that may qualify the title. */
const MAX_QUALIFIERS = 3;

/** "y" joins two bodies; "en" places the title ("portavoz en el Congreso"). */
const CONNECTORS = new Set(['y', 'e', 'en', 'in']);

/** True when `gap` (from the end of a title noun to the comma before a name) only completes the title. */
export function completesTitle(gap: string): boolean {
  const m = /^([^,;:.!?\u201c\u201d"«»]*?)\s*,\s*$/u.exec(gap);
  if (!m) return false;
  const words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length > MAX_WORDS) return false;
  const lang = language();
  let ofSeen = false;
  let qualifiers = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lang.of.has(lower) || lang.articles.has(lower) || CONNECTORS.has(lower)) {
      ofSeen ||= !lang.articles.has(lower) || lang.of.has(lower);
      continue;
    }
    // A body's name or its acronym only after "de"/"del": "del Gobierno", "de la Unión Sindical (US)".
    if (/^\(?\p{Lu}[\p{L}\p{N}.'’-]*\)?$/u.test(w)) {
      if (!ofSeen) return false;
      continue;
    }
    if (!/^\p{Ll}[\p{L}-]*$/u.test(w) || ++qualifiers > MAX_QUALIFIERS) return false;
  }
  return true;
}
