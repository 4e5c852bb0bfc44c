/**
 * A run of quotes carries its speaker over sentences that are about the same person. When a sentence between
 * the last quote and this one is about someone else ("Karim Benali, père de deux enfants, partage les
 * inquiétudes des enseignants. « … »"), the quote is that person's or nobody's, never the earlier speaker's.
 */

import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { firstTokenAt, isSubject, previousSentence, type Scene } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';

// How many sentences back from the quote are read; a run rarely spans more.
const MAX_SENTENCES = 6;

/** True when a sentence in [from, to) has for subject a named person other than `who`. */
export function nearerSubject(s: Scene, idx: PeopleIndex, from: number, to: number, who: number | null): boolean {
  let end = to;
  for (let p = previousSentence(s.text, to), n = 0; p >= from && n < MAX_SENTENCES; n++) {
    const other = idx.mentions.find(
      (m) =>
        m.start >= p &&
        m.end <= end &&
        m.entity !== who &&
        must(idx.entities[m.entity], 'entity').kind === 'person' &&
        isSubject(s, idx, m.entity, p),
    );
    if (other || titledOther(s, idx, p, who)) return true;
    end = p;
    p = previousSentence(s.text, p);
  }
  return false;
}

/**
 * True when the sentence from `p` opens on a title ("Le député … a demandé un moratoire.") that is not the
 * role of `who`: someone else is its subject, whether or not their name was read.
 */
function titledOther(s: Scene, idx: PeopleIndex, p: number, who: number | null): boolean {
  const k = firstTokenAt(s.tokens, p);
  const article = s.tokens[k];
  const noun = s.tokens[k + 1];
  if (!article || !noun || s.quoted[k] || !language().articles.has(article.lower) || !ROLE_NOUNS.has(noun.lower))
    return false;
  const role = who === null ? '' : (idx.entities[who]?.role ?? '').toLowerCase();
  return !role.split(/\s+/).includes(noun.lower);
}
