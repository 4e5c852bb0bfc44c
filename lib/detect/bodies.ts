/**
 * Organisations and documents that speak under a common noun: "the report said", "the company said",
 * "the 62-year-old said". Each stands for what the text introduced before it: the body a report is by, the
 * company just reported speaking, the person just written about. Nobody found means nobody named.
 */

import { BODY_NOUNS } from './anonymous';
import { describedBodyAt } from './described-body';
import { authorAfter, subjectPastApposition, withoutTitle } from './document-issuers';
import { readsDocument } from './document-reads';
import { isCueVerb } from './lexicon';
import { must } from './must';
import type { PeopleIndex } from './people-index';
import { mentionCovering, type Referent } from './people-index';
import { agedPerson, type Scene } from './salience';
import { sentenceEnd, sentenceStart } from './sentences';
import { type Token, tokenAt } from './tokens';
import { verbAfterSubject } from './verb-or-noun';

const COMPANIES = new Set(['company', 'firm', 'operator', 'carrier', 'retailer', 'utility', 'insurer', 'lender']);
const AGE = /^\d+-year-old$/;
// How far back the introduction of a document or company is looked for.
const WINDOW = 1200;

/** The organisation an earlier "report by X" / "X's report" / "X report" names, for "the report" at token i. */
function author(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const noun = must(tokens[i], 'token').lower;
  const org = (k: number) => {
    const t = tokens[k];
    const m = t ? mentionCovering(idx, t.start, t.end) : undefined;
    return m && must(idx.entities[m.entity], 'entity').kind === 'organisation' ? m : undefined;
  };
  for (let k = i - 1; k >= 0 && must(tokens[i], 'token').start - must(tokens[k], 'token').start < WINDOW; k--) {
    if (must(tokens[k], 'token').lower !== noun) continue;
    const before = org(k - 1);
    if (before)
      return { entity: before.entity, start: must(tokens[i - 1], 'token').start, end: must(tokens[i], 'token').end };
    let j = k + 1;
    if (!/^(?:by|from|of)$/.test(tokens[j]?.lower ?? '')) continue;
    j++;
    if (tokens[j]?.lower === 'the') j++;
    const after = org(j);
    if (after)
      return { entity: after.entity, start: must(tokens[i - 1], 'token').start, end: must(tokens[i], 'token').end };
  }
  return undefined;
}

// What may stand before the issuer opening its sentence: nothing, "The", "In a statement," itself, a time
// set off by a comma ("Earlier,", "On Tuesday,"), a description the name is in apposition to ("The property
// manager, Northline Residential, said in a statement") or a title run into it ("the homelessness charity
// Hearth Ireland"), which no preposition may join ("the lawyer for Smith" is the lawyer, not Smith).
const ISSUER_LEAD =
  /^(?:(?:earlier|later|meanwhile|separately|(?:on|late|early)\s+\w+)\s*,\s*)?(?:(?:in|on)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,5}\w+\s*,\s*)?(?:the\s+(?:[\w\u2019'-]+\s+){0,5}[\w-]+\s*,\s*)?(?:the\s+(?:(?!(?:for|of|to|from|with|by|at|on|in|and)\s)[\w-]+\s+){0,3})?$/i;

/**
 * Who issued the document that "the statement" or "the letter" at token i refers back to: the name opening
 * the sentence that brought it in ("Allegheny Central said in a statement", "The ACLU of Iowa sent the
 * council a letter"). Only a sentence opening on a name counts: "A lawyer for Smith sent a letter" is not Smith's.
 */
function issuer(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const noun = must(tokens[i], 'token');
  const text = idx.text;
  if (text === undefined) return undefined;
  for (let k = i - 1; k >= 0 && noun.start - must(tokens[k], 'token').start < WINDOW; k--) {
    const t = must(tokens[k], 'token');
    if (t.lower !== noun.lower) continue;
    // Brought in as a new document: "a statement", "a written statement", "an open letter".
    if (![tokens[k - 1], tokens[k - 2], tokens[k - 3]].some((d) => d && /^(?:a|an)$/.test(d.lower))) return undefined;
    const by = authorAfter(idx, tokens, k);
    if (by) return { entity: by.entity, start: must(tokens[i - 1], 'token').start, end: noun.end };
    const from = sentenceStart(text, t.start);
    const m = idx.mentions.find((x) => x.start >= from && x.start < noun.start);
    // "In a statement, the district said …": the body is named by its description in that sentence.
    if (!m || m.start >= sentenceEnd(text, t.start)) {
      const d = describedIssuer(idx, tokens, from, sentenceEnd(text, t.start));
      return d && { entity: d.entity, start: must(tokens[i - 1], 'token').start, end: noun.end };
    }
    if (!ISSUER_LEAD.test(withoutTitle(text.slice(from, m.start)))) return undefined;
    const who = subjectPastApposition(idx, m);
    return { entity: who.entity, start: must(tokens[i - 1], 'token').start, end: noun.end };
  }
  return undefined;
}

/** The body a description opening the sentence from `from` stands for ("In a statement, the district said"). */
function describedIssuer(idx: PeopleIndex, tokens: Token[], from: number, to: number): Referent | undefined {
  const text = idx.text ?? '';
  for (let j = tokenAt(tokens, from) + 1; j < tokens.length && must(tokens[j], 'token').start < to; j++) {
    const det = must(tokens[j - 1], 'token');
    if (det.lower !== 'the') continue;
    // Only the sentence's opening description: "the district said", not "the ruling against the district".
    if (!ISSUER_LEAD.test(text.slice(from, det.start).trimStart())) return undefined;
    const r = describedBodyAt(idx, tokens, j);
    return r?.entity == null ? undefined : r;
  }
  return undefined;
}

/** The organisation reported speaking most recently before token i ("Northgate said ..."), for "the company". */
function speakingOrg(idx: PeopleIndex, tokens: Token[], i: number, at: (pos: number) => number): Referent | undefined {
  for (let k = idx.mentions.length - 1; k >= 0; k--) {
    const m = must(idx.mentions[k], 'mention');
    if (m.start >= must(tokens[i], 'token').start) continue;
    if (must(tokens[i], 'token').start - m.start > WINDOW) break;
    const e = must(idx.entities[m.entity], 'entity');
    // "Northgate Power said": a name read as a person's until the text calls it the company.
    if (e.kind !== 'organisation' && (e.gender || e.role)) continue;
    const next = tokens[at(m.end)];
    if (!next || !isCueVerb(next.lower)) continue;
    e.kind = 'organisation';
    return { entity: m.entity, start: must(tokens[i - 1], 'token').start, end: must(tokens[i], 'token').end };
  }
  return undefined;
}

/** The body named before that a description at token i stands for, when one fits. */
function namedBefore(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const r = describedBodyAt(idx, tokens, i);
  return r?.entity === null ? undefined : r;
}

/** Who "the report", "the company" or "the 62-year-old" at token i stands for; undefined when not such a phrase. */
export function bodyAt(
  idx: PeopleIndex,
  tokens: Token[],
  i: number,
  scene: Scene | undefined,
  since: number,
  at: (pos: number) => number,
): Referent | undefined {
  const t = must(tokens[i], 'token');
  // Only the head of a subject speaks: "the study's author" is the author, "the report was" says nothing.
  if (tokens[i - 1]?.lower !== 'the' || t.possessive) return undefined;
  const v = verbAfterSubject(tokens, i + 1);
  if (!tokens[v] || !(isCueVerb(must(tokens[v], 'token').lower) || readsDocument(tokens, v))) return undefined;
  if (BODY_NOUNS.has(t.lower))
    return (
      author(idx, tokens, i) ??
      issuer(idx, tokens, i) ?? { entity: null, start: must(tokens[i - 1], 'token').start, end: t.end }
    );
  if (COMPANIES.has(t.lower)) return speakingOrg(idx, tokens, i, at) ?? namedBefore(idx, tokens, i);
  // "the agency said", "the district said": the most recent body whose name fits the noun.
  const described = namedBefore(idx, tokens, i);
  if (described) return described;
  if (AGE.test(t.lower) && scene) {
    // The phrase stands for one person wherever it is read from: the sentence's second quote, read after its
    // first was attributed, must not find the look-back closed.
    const key = `age:${t.start}`;
    const known = scene.memo?.get(key);
    const who = known !== undefined ? known : agedPerson(scene, idx, t.start, since);
    scene.memo?.set(key, who);
    return { entity: who, start: tokens[i - 1]?.start ?? t.start, end: t.end };
  }
  return undefined;
}
