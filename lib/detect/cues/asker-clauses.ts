/**
 * "Poi, a chi gli chiedeva se fosse soddisfatto della replica del ministro: «…»": the verb's subject is
 * whoever asked, and the one asked ("gli", "le") answers. Nobody named in the question speaks; the answer
 * is the speaker the text was just about.
 */

import type { Referent } from '@/lib/detect/referents/referents';
import { isCueAt } from '@/lib/detect/referents/verb-or-noun';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { droppedSubject } from './dropped-subject';

// The object pronouns for the one asked: "a chi gli chiedeva", "a chi le domandava", "a chi mi chiedeva".
const ASKED = new Set(['gli', 'le', 'mi', 'ci']);

/** The one who answers when the words [a, b) before a quote hold "a chi (gli) chiedeva"; undefined otherwise. */
export function askerLeadIn(c: Ctx, a: number, b: number): Referent | undefined {
  for (let i = a + 1; i + 1 < b; i++) {
    if (c.quoted[i] || c.tokens[i]?.lower !== 'chi' || c.tokens[i - 1]?.lower !== 'a') continue;
    const v = ASKED.has(c.tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    // "E a chi gli chiedeva …, Terenzi ha risposto:": a cue in a clause after the question names who answers.
    if (cueAfterComma(c, v, b)) return undefined;
    if (v < b) return answerer(c, v, must(c.tokens[i - 1], 'token').start);
  }
  return undefined;
}

/**
 * The one who answers a question lead-in whose verb is at `v`: whom the text was about before the question
 * (which starts at `before`), or nobody.
 */
function answerer(c: Ctx, v: number, before: number): Referent {
  const verb = c.tokens[v];
  const start = verb?.start ?? before;
  return (verb && droppedSubject(c, before, verb)) ?? { entity: null, start, end: verb?.end ?? before };
}

/** True when a clause after a comma between tokens `v` and `b` holds a cue verb of its own. */
function cueAfterComma(c: Ctx, v: number, b: number): boolean {
  let from = b;
  for (let k = b - 1; k > v; k--) {
    const gap = c.text.slice(must(c.tokens[k - 1], 'token').end, must(c.tokens[k], 'token').start);
    if (gap.includes(',')) {
      from = k;
      break;
    }
  }
  for (let k = from; k < b; k++) if (!c.quoted[k] && isCueAt(c.tokens, k)) return true;
  return false;
}
