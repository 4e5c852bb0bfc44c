/**
 * German names the outlet a speaker told in the dative: "sagte ZEIT ONLINE", "sagte er dem SPIEGEL", "sagte der
 * Nachrichtenagentur dpa", "sagte sie gegenüber der Zeitung X", and the paper a document was leaked to: "ein
 * Papier, das der SZ vorliegt", "liegt dem SPIEGEL vor". The outlet there is whom the words reached, never who
 * said them. Only forms that cannot be a subject are read: a bare name in capitals or one after "dem", and
 * after "der" only a feminine kind of outlet ("der SWR" after a verb may well be the nominative subject).
 */
import { isCueVerb } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';

// An outlet's name in capitals: "ZEIT ONLINE", "SZ", "ZDF" (a hyphen after it makes a title: "SPD-Chef").
const CAPITALS = /^\p{Lu}{2,}$/u;
// Kinds of outlet, bare or at the end of a compound ("Nachrichtenagentur", "Wochenzeitung", "Fernsehsender").
const FEMININE_KIND = /(?:zeitung|agentur|illustrierte|plattform|redaktion)$/u;
const ANY_KIND = /(?:zeitung|agentur|illustrierte|plattform|redaktion|sender|magazin|portal|blatt|nachrichtendienst)$/u;
// The verb a document lying before an outlet takes: "das der SZ vorliegt", "welche dem SPIEGEL vorlagen".
const LIES_BEFORE = /^vor(?:liegt|liegen|lag|lagen|liegende[nmrs]?)$/u;
const LIES = new Set(['liegt', 'liegen', 'lag', 'lagen']);

/** The end (exclusive) of the words at k that are joined by single spaces and pass `take`, or k when none. */
function runEnd(tokens: readonly Token[], k: number, take: (t: Token) => boolean, max = 3): number {
  let j = k;
  while (j < k + max && tokens[j] && take(tokens[j] as Token)) {
    if (j > k && (tokens[j] as Token).start - (tokens[j - 1] as Token).end !== 1) break;
    j++;
  }
  return j;
}

/** The outlet span named from token k after a word that makes it a dative, or null when none stands there. */
function outletAt(text: string, tokens: readonly Token[], k: number, bare: boolean): Span | null {
  const t = tokens[k];
  if (!t) return null;
  const article = t.lower === 'dem' || t.lower === 'der' ? t.lower : '';
  const n = article ? k + 1 : k;
  const head = tokens[n];
  if (!head?.cap) return null;
  // "der/dem Nachrichtenagentur dpa": the kind of outlet and the name after it.
  const kind = article === 'der' ? FEMININE_KIND : ANY_KIND;
  if ((article || bare) && kind.test(head.lower)) {
    const end = runEnd(tokens, n + 1, (x) => x.cap || CAPITALS.test(x.text) || /^[a-z]{2,5}$/.test(x.text), 3);
    const last = tokens[end - 1] as Token;
    return { start: head.start, end: last.end };
  }
  if (article === 'der' || (!article && !bare)) return null;
  const end = runEnd(tokens, n, (x) => CAPITALS.test(x.text));
  if (end === n) return null;
  const last = tokens[end - 1] as Token;
  if (text[last.end] === '-') return null;
  return { start: head.start, end: last.end };
}

/** Spans of the outlets told or handed a document in German text. */
export function germanTold(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const before = tokens[k - 1] as Token;
    const w = before.lower;
    let span: Span | null = null;
    // "sagte ZEIT ONLINE", "sagte dem SPIEGEL"; a pronoun subject may stand between: "sagte er dem SPIEGEL".
    if (isCueVerb(w)) span = outletAt(text, tokens, k, true);
    else if (/^(?:er|sie|es)$/.test(w) && isCueVerb(tokens[k - 2]?.lower ?? '')) span = outletAt(text, tokens, k, true);
    // "gegenüber der Zeitung", "gegenüber ZEIT ONLINE": gegenüber always takes whom the words were said to.
    else if (w === 'gegenüber') span = outletAt(text, tokens, k, true);
    // "liegt der SZ vor", "das der SZ vorliegt", "die dem SPIEGEL vorliegenden Akten": whom a document reached.
    else if (LIES.has(w)) span = documentHolder(tokens, k);
    else if (w === 'der' || w === 'dem') span = documentHolder(tokens, k - 1);
    if (span) out.push(span);
  }
  return out;
}

/** "der SZ vorliegt", "dem Magazin Stern vorliegt": the capitalised words between the article at k and "vorliegt". */
function documentHolder(tokens: readonly Token[], k: number): Span | null {
  const article = tokens[k];
  if (!article || (article.lower !== 'der' && article.lower !== 'dem')) return null;
  const end = runEnd(tokens, k + 1, (x) => x.cap, 4);
  const verb = tokens[end];
  if (end === k + 1 || !verb || !(LIES_BEFORE.test(verb.lower) || verb.lower === 'vor')) return null;
  return { start: (tokens[k + 1] as Token).start, end: (tokens[end - 1] as Token).end };
}
