/**
 * "„…“ řekl ve středu novinářům po jednání vlády.", "„…“ napsala na sociální síti X.": Czech news sets when,
 * where and through what the words were said after the cue verb and drops the subject it just named. Only
 * words of such a circumstance may follow: any other noun may be the subject placed last, which other rules read.
 */
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

// Prepositions, days, times and the settings of a statement Czech copy puts after the verb.
const CIRCUMSTANCE = new Set(
  (
    'v ve na po před při během o s se k ke od do za ' +
    'pondělí úterý středu čtvrtek pátek sobotu neděli ráno večer odpoledne dopoledne dnes včera později poté pak ' +
    'jednání jednáních zasedání schůzi schůze vlády sněmovny zastupitelstva tiskové tiskovce konferenci brífinku ' +
    'rozhovoru zápase utkání síti sítích sociální sociálních svém svůj účtu twitteru facebooku instagramu x'
  ).split(' '),
);

/** True when tokens [from, to) after a Czech cue verb only say when, where or through what it was said. */
export function czechCircumstanceOnly(tokens: Token[], from: number, to: number, glue: ReadonlySet<string>): boolean {
  if (language().code !== 'cs' || from >= to) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const w = t?.lower.replace(/\.$/, '') ?? '';
    if (!(CIRCUMSTANCE.has(w) || glue.has(w))) return false;
  }
  return true;
}
