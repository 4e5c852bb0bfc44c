/**
 * Where a German run of capitalised words stops at a particle. German writes its articles between nouns
 * ("Vorsitzende der Kreisgruppe", "Brunner der APA") and "von" before employers ("Karin Hold von der
 * Universität Kassel"); only "von der Leyen" and "Van der Bellen" keep them inside a name.
 */
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

// Articles a name holds only after "von" or "van".
const ARTICLES = new Set(['der', 'den', 'dem', 'des']);
// Endings of nouns that name an institution or a thing, never a family ("Universität", "Stadtverwaltung").
const NOUN_END =
  /(?:ität|ung|schaft|heit|keit|tion|sion|amt|ium|rat|stadt|gemeinde|kammer|verband|verein|institut|gericht|polizei|regierung|partei|behörde|zentrum|klinik|klinikum|bank|kasse|hochschule|akademie|stiftung|verwaltung|bund|werk|ministerium)$/;

/** True when token `i`, a particle, starts no part of a name in German and so ends the run before it. */
export function endsGermanRun(tokens: Token[], i: number): boolean {
  if (!language().capitalisesNouns) return false;
  const t = tokens[i];
  if (!t) return false;
  const prev = tokens[i - 1]?.lower;
  if (ARTICLES.has(t.lower)) return prev !== 'von' && prev !== 'van';
  if (t.lower !== 'von') return false;
  // "von der Universität", "von der IHK": an article and an institution, not "von der Leyen".
  const article = ARTICLES.has(tokens[i + 1]?.lower ?? '');
  const next = tokens[i + (article ? 2 : 1)];
  if (!next?.cap) return false;
  return NOUN_END.test(next.lower) || /^\p{Lu}{2,}$/u.test(next.text);
}
