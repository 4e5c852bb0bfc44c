/**
 * Where a name stands in a phrase that makes it no speaker: a place or building ("À Matignon, on assure",
 * "en los pasillos de la Cámara"), an outlet addressed or spoken on ("told CNBC", "a déclaré à la RTS",
 * "said on BBC Radio 4", "gegenüber der dpa").
 */
import type { Bodies } from '@/lib/detect/people/body-lexicon';
import { GROUP_NOUNS } from '@/lib/detect/people/lone-names';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}.&-]*(?:['’][\p{L}\p{N}-]*)?|[^\s\p{L}\p{N}]/gu;
const ELIDED_DET = /^[dl]['’]$/u;

/** The words before `pos` in its clause, lower case, elisions ("l’AFP") split off as their own word. */
function wordsBefore(text: string, pos: number): string[] {
  const out: string[] = [];
  for (const m of text.slice(Math.max(0, pos - 90), pos).matchAll(WORDS)) {
    const w = m[0].toLowerCase();
    const el = /^([dl]['’])(.+)$/u.exec(w);
    if (el?.[1] && el[2]) out.push(el[1], el[2]);
    else out.push(w);
  }
  return out;
}

/** True when the name at `start` is the object of a place or addressee preposition, or of "told". */
export function inPlaceOrAddressee(text: string, b: Bodies, start: number): boolean {
  // "In Smith’s view": a possessive name is whose words they are, wherever it stands.
  // Places and outlets are names: "le juge en chef" holds no place.
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1))) return false;
  if (/^[\p{L}\p{N}.&-]*['’]s\b/u.test(text.slice(start, start + 60).split(/\s/)[0] ?? '')) return false;
  const w = wordsBefore(text, start);
  let j = w.length - 1;
  const isDet = (x: string | undefined) => !!x && (b.determiners.includes(x) || ELIDED_DET.test(x));
  const skipDets = () => {
    while (isDet(w[j])) j--;
  };
  skipDets();
  // "los pasillos de la Cámara": one "noun of" step back to the preposition.
  for (let step = 0; step < 2; step++) {
    const two = `${w[j - 1] ?? ''} ${w[j] ?? ''}`;
    const ofAt = b.of.includes(two) ? 2 : b.of.includes(w[j] ?? '') ? 1 : 0;
    if (!ofAt) break;
    const k = j - ofAt;
    const noun = w[k] ?? '';
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) || b.places.includes(noun)) break;
    j = k - 1;
    skipDets();
  }
  const one = w[j] ?? '';
  const pair = `${w[j - 1] ?? ''} ${one}`;
  if (b.media.has(one) && isCueVerb(w[j - 1] ?? '')) return true;
  if (b.addressVerbs.has(one)) return true;
  if (!b.places.includes(one) && !b.places.includes(pair)) return false;
  // "Analysts at Harper Lyle", "a professor at Yale": the name after "at" is their employer, who may speak.
  const who = w[j - 1] ?? '';
  return !(GROUP_NOUNS.has(who) || ROLE_NOUNS.has(who) || ROLE_NOUNS.has(who.replace(/s$/, '')));
}
