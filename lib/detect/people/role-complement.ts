/**
 * Czech titles take what they are of in the genitive between the title and the name: "ministr
 * zdravotnictví Tomáš Veselý", "mluvčí ministerstva Jan Král", "předsedkyně LOK Eva Marešová",
 * "náčelník generálního štábu Aleš Kroupa". The title then is the role, so "řekl ministr" finds him later.
 */
import { language } from '@/lib/detect/text/language';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { mentionCovering, type PeopleIndex } from './people-index';

// Words a genitive complement never holds: prepositions (but "pro": "ministr pro místní rozvoj"),
// conjunctions, relatives and the verb "být".
const STOPS = new Set(
  'a i ani že aby ale nebo než jak když který která které kteří jenž s se v ve na z ze do od k ke o po za před při u podle mezi nad pod bez je jsou byl byla byli bylo být jako také už ještě dnes včera'.split(
    ' ',
  ),
);
// Past forms of verbs end in -l, -la, -li, -lo, -ly after a vowel ("ocenil", "řekla"): a clause, not a title.
const PAST_VERB = /[aeiouyáéěíóúůý]l[aioy]?$/u;
// How many words a title's complement may hold.
const REACH = 4;

/**
 * The title with its genitive complement that ends right before token `index` (a name's first token), or
 * null: a role noun, then at most four words that are no verb, preposition or conjunction, each one space
 * apart. Only for languages whose names take cases.
 */
export function complementRole(text: string, tokens: readonly Token[], index: number): string | null {
  if (!language().inflected) return null;
  for (let j = index - 1; j >= Math.max(0, index - 1 - REACH); j--) {
    const t = tokens[j];
    const next = tokens[j + 1];
    if (!t || !next || text.slice(t.end, next.start) !== ' ') return null;
    // A title opening the sentence is capitalised ("Premiér Jiří Holub"); in running text the title rules read it.
    if (ROLE_NOUNS.has(t.lower)) return j < index - 1 || t.cap ? text.slice(t.start, tokens[index - 1]?.end) : null;
    if (STOPS.has(t.lower) || isCueVerb(t.lower) || PAST_VERB.test(t.lower) || /\d/.test(t.text)) return null;
  }
  return null;
}

/** A name's place in the text, as the people index records it. */
interface Named {
  entity: number;
  start: number;
  end: number;
}

/**
 * The person named right after the title at token `i` and its genitive complement ("mluvčí úřadu Hana
 * Černá", "místopředsedkyně Sdružení praktických lékařů Alena Štěpánková"), or undefined. `personAt` gives
 * the person whose name starts at a token. The complement holds at most four words, none a verb,
 * preposition or conjunction.
 */
export function nameAfterComplement(
  text: string,
  tokens: readonly Token[],
  i: number,
  personAt: (k: number) => Named | undefined,
): Named | undefined {
  if (!language().inflected) return undefined;
  for (let k = i + 1; k <= i + 1 + REACH; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || !prev || text.slice(prev.end, t.start) !== ' ') return undefined;
    const named = personAt(k);
    if (named) return k > i + 1 ? named : undefined;
    if (STOPS.has(t.lower) || isCueVerb(t.lower) || PAST_VERB.test(t.lower) || /\d/.test(t.text)) return undefined;
  }
  return undefined;
}

/** The person whose name starts at token `t`, if the index has one. */
export function personStarting(idx: PeopleIndex, t: Token | undefined): Named | undefined {
  const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
  return m && m.start === t?.start && idx.entities[m.entity]?.kind === 'person' ? m : undefined;
}
