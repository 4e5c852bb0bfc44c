/**
 * Organisations and documents that speak under a common noun: "the report said", "the company said",
 * "the 62-year-old said". Each stands for what the text introduced before it: the body a report is by, the
 * company just reported speaking, the person just written about. Nobody found means nobody named.
 */

import { BODY_NOUNS } from '@/lib/detect/people/anonymous';
import { describedBodyAt } from '@/lib/detect/people/described-body';
import { documentIssuerAt } from '@/lib/detect/people/document-issuers';
import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { mentionCovering, type Referent } from '@/lib/detect/people/people-index';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { readsDocument } from './document-reads';
import { agedPerson, type Scene } from './salience';
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
      documentIssuerAt(idx, tokens, i) ?? { entity: null, start: must(tokens[i - 1], 'token').start, end: t.end }
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
