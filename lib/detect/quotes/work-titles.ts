/**
 * Titles of works in quotation marks the way Spanish prints them, with a capital on the first word only:
 * "los libros de “Múltiples lenguajes” y “Saberes y pensamiento científico”", "el programa “Sembrando
 * vida”". The noun before the marks says a title follows; such a quote is a term, nobody's words, even when
 * a reporting verb stands in its sentence.
 */

import { language } from '@/lib/detect/text/language';
import type { RawQuote } from './quotes';

// Nouns for works, programmes and campaigns that put their title right after them, per language.
const WORKS: Record<string, Set<string>> = {
  es: new Set(
    'libro libros título títulos obra obras novela novelas película películas serie series documental documentales canción canciones disco discos álbum poemario ensayo programa programas campaña campañas plan planes operativo operativos exposición muestra espectáculo festival lema eslogan asignatura asignaturas materia materias'.split(
      ' ',
    ),
  ),
};
// Words that may stand between the noun and the title: "los libros de “…”", "una serie titulada “…”".
const LINKS = new Set(
  'de del titulado titulada titulados tituladas llamado llamada denominado denominada bautizado bautizada'.split(' '),
);
// How a title joins the one before it: "“…” y “…”", "“…”, “…” o “…”".
const JOINED = /[”"»]\s*(?:,|y|e|o|u)\s*$/u;
const MAX_WORDS = 8;

/** True when quote `i` is a work's title: a short capitalised phrase after a noun for works, or joined to one. */
export function namesWork(text: string, raw: RawQuote[], i: number, depth = 0): boolean {
  const works = WORKS[language().code];
  const q = raw[i];
  if (!works || !q || q.parent >= 0 || depth > 4) return false;
  const body = text.slice(q.start, q.end);
  if (!/^\p{Lu}/u.test(body) || /[.!?,;:\u2026]$/.test(body) || body.split(/\s+/).length > MAX_WORDS) return false;
  const before = text.slice(Math.max(0, q.open - 60), q.open);
  if (JOINED.test(before)) {
    const j = raw.findLastIndex((r, k) => k !== i && r.parent < 0 && r.close >= 0 && r.close < q.open);
    const prev = raw[j];
    return !!prev && q.open - prev.close < 6 && namesWork(text, raw, j, depth + 1);
  }
  const words = before
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const last = words.at(-1) ?? '';
  const noun = LINKS.has(last) ? (words.at(-2) ?? '') : last;
  return /\p{L}\s*$/u.test(before) && works.has(noun);
}
