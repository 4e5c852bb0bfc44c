/**
 * "Eine Anwohnerin erzählt, dass … „…“, meint sie.": German news brings in people it does not name with an
 * indefinite article ("eine Anwohnerin", "ein Polizeisprecher") and goes on with "sie" or "er". Such a
 * pronoun stands for that unnamed person, not for whoever the text named before.
 */

import { indefiniteAntecedent } from './indefinite-antecedent';
import { language } from './language';
import { mentionCovering, type PeopleIndex } from './people-index';
import { firstTokenAt, previousSentence, type Scene } from './salience';
import { sentenceStart } from './sentences';

/** The gender an indefinite article and noun give an unnamed person ("eine Passantin" f), if they name one. */
function indefiniteGender(article: string, noun: string): 'm' | 'f' | undefined {
  if (article === 'eine' && /(?:in|frau)$/.test(noun)) return 'f';
  if (article === 'ein' && !/in$/.test(noun)) return 'm';
  return undefined;
}

/** True when the pronoun of gender `g` at `pos` follows, in its sentence or the one before, an unnamed person of that gender. */
export function unnamedAntecedent(idx: PeopleIndex, s: Scene, pos: number, g: 'm' | 'f'): boolean {
  if (!language().capitalisesNouns) return indefiniteAntecedent(idx, s, pos, g);
  const own = sentenceStart(s.text, pos);
  const prev = previousSentence(s.text, own);
  const from = prev >= 0 && !s.text.slice(prev, own).trimEnd().includes('\n') ? prev : own;
  for (let i = firstTokenAt(s.tokens, from) + 1; i < s.tokens.length; i++) {
    const noun = s.tokens[i];
    const article = s.tokens[i - 1];
    if (!noun || !article || noun.start >= pos) break;
    if (s.quoted[i] || !noun.cap || mentionCovering(idx, noun.start, noun.end)) continue;
    if (indefiniteGender(article.lower, noun.lower) === g) return true;
  }
  return false;
}
