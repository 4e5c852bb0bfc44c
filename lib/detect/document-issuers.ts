/**
 * Who a document brought in with its author after it belongs to: "according to a statement from his
 * attorney, Maureen Castle", "a letter signed by Rep. Alan Birch", "a statement from Norvik Energy". A later
 * "the statement said" or "the letter said" reports that author, not whom the document is about.
 */
import { type Mention, mentionCovering, type PeopleIndex, type Referent } from './people-index';
import type { Token } from './tokens';

// Between the document noun and its author: "from", "by", "signed by", "issued by" (one "released by" a lawyer may
// be the client's).
const LINK = /^\s+(?:(?:signed|issued|written)\s+)?(?:from|by)\s+/;
// A description the name stands in apposition to: "his attorney, ", "Doyle’s attorney, ", "the firm's chief, ".
const DESCRIBED =
  /^(?:(?:his|her|its|their|the|\p{Lu}[\p{L}.-]*[\u2019']s)\s+(?:[\p{L}\u2019'-]+\s+){0,3}[\p{L}\u2019'-]+\s*,\s*)?$/u;
// The title a name may carry in its sentence's opening ("Rep. ", "Councilwoman "), but not an article.
const TITLE_BEFORE = /(?:\b(?!An?\s)[A-Z][a-z]*\.?\s+){1,2}$/;

/** The author named right after the document noun at token `k`, or undefined when none is. */
export function authorAfter(idx: PeopleIndex, tokens: Token[], k: number): Referent | undefined {
  const text = idx.text ?? '';
  const noun = tokens[k];
  if (!noun) return undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
    const t = tokens[j];
    const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
    // "a statement from Doyle’s attorney, X": whose attorney is part of the description.
    if (!t || !m || t.possessive) continue;
    const between = text.slice(noun.end, m.start);
    const link = LINK.exec(between);
    if (!link || !DESCRIBED.test(between.slice(link[0].length))) return undefined;
    return { entity: m.entity, start: m.start, end: m.end };
  }
  return undefined;
}

/** The opening of a sentence before its issuer's name without the title the name carries ("Rep. "). */
export function withoutTitle(lead: string): string {
  return lead.replace(TITLE_BEFORE, '');
}

/**
 * The subject after a name in apposition to the opening of its sentence: in "In a statement released by his
 * lawyer, Tom Ruiz, Brandt said …" the statement is Brandt's, whom the lawyer's name stands before.
 */
export function subjectPastApposition(idx: PeopleIndex, m: Mention): Mention {
  const text = idx.text ?? '';
  const next = idx.mentions.find((x) => x.start >= m.end);
  return next && /^\s*,\s*$/.test(text.slice(m.end, next.start)) ? next : m;
}
