/**
 * "Die Pläne seien „ein Anschlag auf die Arztwahl“ und träfen jene, die ohnehin zahlten, sagte Kammerchef X.":
 * German news weaves a fragment into a sentence of reported speech and names the speaker only in the cue
 * that closes the whole sentence, past other clauses. The Konjunktiv makes the sentence that speaker's
 * words, so the fragment is theirs however many commas stand between.
 */

import type { RawQuote } from '@/lib/detect/quotes/quotes';
import type { Referent } from '@/lib/detect/referents/referents';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';
import { looksLikePerson, subjunctive } from './reported-speech';

// How many words the subject may take after the closing verb ("sagte der Kammerpräsident Harald X").
const SUBJECT_WORDS = 6;

/** The speaker named by a cue closing the reported-speech sentence that quote `q` is woven into. */
export function closingReport(c: Ctx, q: RawQuote, sStart: number, sEnd: number): Referent | undefined {
  if (language().code !== 'de' || q.close < 0) return undefined;
  const a = tokenAt(c.tokens, sStart);
  const open = tokenAt(c.tokens, q.open);
  const after = tokenAt(c.tokens, q.close + 1);
  const end = tokenAt(c.tokens, sEnd);
  // A fragment in the middle of its sentence, with the Konjunktiv before or after it.
  if (open <= a || after >= end || !subjunctive(c, a, end)) return undefined;
  const v = closingVerb(c, after, end);
  if (v < 0) return undefined;
  const r = scan(c, v + 1, Math.min(end, v + 1 + SUBJECT_WORDS), 1);
  if (!r || r.entity === null) return undefined;
  // "kündigte er an": a pronoun counts only for someone the text shows to be a person.
  const e = c.idx.entities[r.entity];
  return e?.kind === 'organisation' || looksLikePerson(e) ? r : undefined;
}

/** The cue verb right after the sentence's last comma, when only its subject and a particle follow; or -1. */
function closingVerb(c: Ctx, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (c.quoted[k]) return -1;
    const t = must(c.tokens[k], 'token');
    const gap = c.text.slice(must(c.tokens[k - 1], 'token').end, t.start);
    if (!gap.includes(',')) continue;
    return isCueVerb(t.lower) && to - k <= SUBJECT_WORDS + 2 ? k : -1;
  }
  return -1;
}
