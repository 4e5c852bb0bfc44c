/** Groups a text's tokens into runs of capitalised words: the places names are looked for. */

import { NOT_NAME } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { endsGermanRun } from './german-runs';

/** Prepositions that put the capitalised words after them in a place ("in Moscow", "from Standing Rock"). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'throughout',
  'towards',
  'toward',
  'into',
]);

/** Name particles, which a run may hold in lower case ("Osama bin Laden", "Ludwig van Beethoven"). */
export const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'der', 'la', 'le', 'ibn', 'di', 'du']);
/** Abbreviations that open a place's or an institution's name ("St. Brendan Medical Center", "Mt. Vernon"). */
const ABBREVIATED_PLACE = new Set(['st', 'ste', 'mt', 'ft']);
/** Connectors a run may hold between names ("Wang Yi and Sergey Lavrov", "Ministry of Defence"). */
export const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', '&']);

/** Groups tokens into runs of capitalised words joined by single spaces (and name particles or connectors). */
export function capitalRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run.at(-1)?.cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = run[run.length - 1];
    if (run.length && !t.cap && endsGermanRun(tokens, i)) {
      flush();
      continue;
    }
    const joined =
      prev &&
      !prev.possessive &&
      ((t.start - prev.end === 1 && text.charCodeAt(prev.end) === 32) ||
        (ABBREVIATED_PLACE.has(prev.lower) && text.slice(prev.end, t.start) === '. '));
    // "The Supreme Court on Monday said": a day, month or sentence word after a connector starts no part of a name.
    if (!joined || (t.cap && prev && CONNECTORS.has(prev.lower) && NOT_NAME.has(t.lower))) flush();
    // Hashtags and handles (#Hamilton, @dockunion) are not names.
    const tagged = t.start > 0 && (text[t.start - 1] === '#' || text[t.start - 1] === '@');
    if (tagged) {
      flush();
      continue;
    }
    if (t.cap || (run.length && (PARTICLES.has(t.lower) || CONNECTORS.has(t.lower)))) run.push(t);
    else flush();
  }
  flush();
  return runs;
}
