/**
 * Who issued a document the text refers back to with the definite article: "the statement said", "« … »,
 * poursuit le texte", "según la nota". News brings a document in with the indefinite article ("in a statement",
 * "dans un communiqué", "in einer Mitteilung") and names its issuer there: after the document ("a statement from
 * Norvik Energy", "a letter signed by Rep. Alan Birch") or as the name its sentence opens on ("Normilait a fait
 * valoir dans un communiqué"). The words of each language are in its body lexicon.
 */

import { must } from '@/lib/detect/text/must';
import { sentenceEnd, sentenceStart } from '@/lib/detect/text/sentences';
import { type Token, tokenAt } from '@/lib/detect/text/tokens';
import { type Bodies, bodies, inSet } from './body-lexicon';
import { namesDocument } from './body-mentions';
import { bodyEntity, describedBodyAt } from './described-body';
import { fullBodyName } from './full-body-names';
import { type Mention, mentionCovering, type PeopleIndex, type Referent } from './people-index';

// How far back the document's introduction is looked for, by how the language refers back to it.
const WINDOW = { noun: 1200, document: 1500 };
// How many words may stand between the indefinite article and a noun repeated later ("a written statement").
const REACH = { noun: 3, document: 1 };
// The title a name may carry in its sentence's opening ("Rep. ", "Councilwoman "), but not an article.
const TITLE_BEFORE = /(?:\b(?!An?\s)[A-Z][a-z]*\.?\s+){1,2}$/;
// What may stand before the issuer opening its sentence: nothing, "The", "In a statement," itself, a time
// set off by a comma ("Earlier,", "On Tuesday,"), a description the name is in apposition to ("The property
// manager, Northline Residential, said in a statement") or a title run into it ("the homelessness charity
// Hearth Ireland"), which no preposition may join ("the lawyer for Smith" is the lawyer, not Smith).
const ISSUER_LEAD =
  /^(?:(?:earlier|later|meanwhile|separately|(?:on|late|early)\s+\w+)\s*,\s*)?(?:(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,5}\w+\s*,\s*)?(?:the\s+(?:[\w\u2019'-]+\s+){0,5}[\w-]+\s*,\s*)?(?:the\s+(?:(?!(?:for|of|to|from|with|by|at|on|in|and)\s)[\w-]+\s+){0,3})?$/i;

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = new WeakMap<Bodies, { link: RegExp; described: RegExp }>();

/**
 * The lexicon's patterns for an author named after the document, built once per lexicon: the link ("from",
 * "signed by") and a description the name stands in apposition to ("his attorney, ", "Doyle’s attorney, ").
 */
function authorPatterns(b: Bodies) {
  const known = PATTERNS.get(b);
  if (known) return known;
  const links = [...b.authorLinks].sort((x, y) => y.length - x.length).map((l) => escapeRegex(l).replace(/ /g, '\\s+'));
  const definite = b.determiners.filter((d) => !b.indefinites.includes(d)).map(escapeRegex);
  const made = {
    link: new RegExp(`^\\s+(?:${links.join('|')})\\s+`),
    described: new RegExp(
      `^(?:(?:${definite.join('|')}|\\p{Lu}[\\p{L}.-]*[\\u2019']s)\\s+(?:[\\p{L}\\u2019'-]+\\s+){0,3}[\\p{L}\\u2019'-]+\\s*,\\s*)?$`,
      'u',
    ),
  };
  PATTERNS.set(b, made);
  return made;
}

/**
 * The token that brought in the document the noun at token i refers back to, or undefined when the last such
 * noun before it came without an indefinite article (a document named before, not a new one).
 */
function introduction(b: Bodies, tokens: Token[], i: number): number | undefined {
  const noun = must(tokens[i], 'token');
  const way = b.referBack;
  // Any document noun refers back to a document only when it is one itself ("le texte", not "le maire").
  if (way === 'document' && !inSet(b, b.documents, noun.lower)) return undefined;
  for (let k = i - 2; k > 0 && noun.start - must(tokens[k], 'token').start < WINDOW[way]; k--) {
    const t = must(tokens[k], 'token');
    if (way === 'noun' ? t.lower !== noun.lower : !inSet(b, b.documents, t.lower)) continue;
    const before = tokens.slice(Math.max(0, k - REACH[way]), k);
    return before.some((d) => b.indefinites.includes(d.lower)) ? k : undefined;
  }
  return undefined;
}

/** The author named right after the document noun at token `k`, or undefined when none is. */
function authorAfter(b: Bodies, idx: PeopleIndex, tokens: Token[], k: number): number | undefined {
  if (!b.authorLinks.length) return undefined;
  const text = idx.text ?? '';
  const noun = must(tokens[k], 'token');
  const { link, described } = authorPatterns(b);
  for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
    const t = tokens[j];
    const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
    // "a statement from Doyle’s attorney, X": whose attorney is part of the description.
    if (!t || !m || t.possessive) continue;
    const between = text.slice(noun.end, m.start);
    const found = link.exec(between);
    if (!found || !described.test(between.slice(found[0].length))) return undefined;
    return m.entity;
  }
  return undefined;
}

/**
 * The subject after a name in apposition to the opening of its sentence: in "In a statement released by his
 * lawyer, Tom Ruiz, Brandt said …" the statement is Brandt's, whom the lawyer's name stands before.
 */
function subjectPastApposition(idx: PeopleIndex, m: Mention): Mention {
  const text = idx.text ?? '';
  const next = idx.mentions.find((x) => x.start >= m.end);
  return next && /^\s*,\s*$/.test(text.slice(m.end, next.start)) ? next : m;
}

/**
 * The name opening the sentence that brought the document at token k in ("Allegheny Central said in a statement",
 * "The ACLU of Iowa sent the council a letter"), for a noun repeated at token i. Only a sentence opening on a
 * name counts: "A lawyer for Smith sent a letter" is not Smith's.
 */
function openingIssuer(idx: PeopleIndex, tokens: Token[], k: number, i: number): number | undefined {
  const text = idx.text ?? '';
  const at = must(tokens[k], 'token').start;
  const from = sentenceStart(text, at);
  const to = sentenceEnd(text, at);
  const m = idx.mentions.find((x) => x.start >= from && x.start < must(tokens[i], 'token').start);
  // "In a statement, the district said …": the body is named by its description in that sentence.
  if (!m || m.start >= to) return describedIssuer(idx, tokens, from, to);
  if (!ISSUER_LEAD.test(text.slice(from, m.start).replace(TITLE_BEFORE, ''))) return undefined;
  return subjectPastApposition(idx, m).entity;
}

/** The body a description opening the sentence from `from` stands for ("In a statement, the district said"). */
function describedIssuer(idx: PeopleIndex, tokens: Token[], from: number, to: number): number | undefined {
  const text = idx.text ?? '';
  for (let j = tokenAt(tokens, from) + 1; j < tokens.length && must(tokens[j], 'token').start < to; j++) {
    const det = must(tokens[j - 1], 'token');
    if (det.lower !== 'the') continue;
    // Only the sentence's opening description: "the district said", not "the ruling against the district".
    if (!ISSUER_LEAD.test(text.slice(from, det.start).trimStart())) return undefined;
    return describedBodyAt(idx, tokens, j)?.entity ?? undefined;
  }
  return undefined;
}

/**
 * The first name of the sentence that brought the document at token k in, by the name written there: a body by
 * its full name, a person as themself ("a fait valoir Normilait dans un communiqué").
 */
function firstNamedIssuer(b: Bodies, idx: PeopleIndex, tokens: Token[], k: number): number | undefined {
  const text = idx.text ?? '';
  const doc = must(tokens[k], 'token').start;
  const from = sentenceStart(text, doc);
  const to = sentenceEnd(text, doc);
  const m = idx.mentions.find(
    (x) => x.start >= from && x.end <= to && !namesDocument(b, must(idx.entities[x.entity], 'entity').name),
  );
  if (!m) return undefined;
  // "Un avocat de Smith a envoyé un courrier": the lawyer's letter, not Smith's.
  const before =
    text
      .slice(Math.max(from, m.start - 8), m.start)
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  if (b.of.includes(before) || /^[d]['’]$/.test(before)) return undefined;
  const e = must(idx.entities[m.entity], 'entity');
  return e.kind === 'person' && e.gender !== null ? e.id : bodyEntity(idx, fullBodyName(text, b, m.start, m.end));
}

/**
 * Who issued the document that the definite noun at token i ("the statement", "le texte") refers back to;
 * undefined when the text brought in no such document or names nobody with it.
 */
export function documentIssuerAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const b = bodies();
  const noun = must(tokens[i], 'token');
  const det = tokens[i - 1];
  if (!b || !det || idx.text === undefined || !b.determiners.includes(det.lower)) return undefined;
  const k = introduction(b, tokens, i);
  if (k === undefined) return undefined;
  const entity =
    authorAfter(b, idx, tokens, k) ??
    (b.referBack === 'noun' ? openingIssuer(idx, tokens, k, i) : firstNamedIssuer(b, idx, tokens, k));
  return entity === undefined ? undefined : { entity, start: det.start, end: noun.end };
}
