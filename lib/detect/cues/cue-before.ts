/**
 * Reporting cues before a quotation, within its sentence: X said (that) / X told reporters: / according to X,
 * or the subject of the clause holding it. Returns the referent found.
 */

import { passiveSpeaker } from '@/lib/detect/referents/passive-cues';
import type { Referent } from '@/lib/detect/referents/referents';
import { isCueAt } from '@/lib/detect/referents/verb-or-noun';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { askerLeadIn } from './asker-clauses';
import { bareLeadIn } from './bare-lead-in';
import { clauseStart, clauseSubject, subjectOf } from './clause-subject';
import type { Ctx } from './cue-context';
import { relativeReport } from './cue-forms';
import { scan, tokenAt } from './cue-scan';
import { commaBoundCue, opensOnConnective } from './dropped-lead-in';
import { droppedSubject } from './dropped-subject';
import { goesOnAfterQuote } from './goes-on-after-quote';
import { titleAfterVerb } from './inverted-title';
import { labelLeadIn } from './label-lead-ins';
import { leadInSubject } from './lead-in';
import { cannotBeSubject } from './oblique-subject';
import { ownView } from './own-view';
import { sharedParticiple } from './participle-cues';
import { opinionSource, sourceWords } from './source-forms';
import { commonSubject, invertedBefore } from './subject-forms';

/** A cue before the quote in its sentence: X said (that) / X told reporters: / according to X. */
export function cueBefore(c: Ctx, from: number, open: number): Referent | undefined {
  const a = tokenAt(c.tokens, from);
  const b = tokenAt(c.tokens, open);
  const according = language().according;
  // "Poi, a chi gli chiedeva se … del ministro:": the one asked answers, not whom the question names.
  const asked = askerLeadIn(c, a, b) ?? goesOnAfterQuote(c, a, b, open);
  if (asked) return asked;
  for (let i = a; i + 1 < b; i++) {
    if (c.quoted[i]) continue;
    const two = must(c.tokens[i], 'token').lower === 'according' && must(c.tokens[i + 1], 'token').lower === 'to';
    if (two || according.has(must(c.tokens[i], 'token').lower)) {
      const r = (two ? undefined : sourceWords(c, i, b)) ?? scan(c, i + (two ? 2 : 1), Math.min(b, i + 10), 1);
      if (r) return r;
    }
  }
  // The clause holding the quote speaks first: "X said ..., and one official blamed "Y"" is not X's.
  const cs = clauseStart(c, a, b);
  let clauseHasCue = false;
  for (let v = b - 1; v >= cs && !clauseHasCue; v--) clauseHasCue = !c.quoted[v] && isCueAt(c.tokens, v);
  if (cs > a && !clauseHasCue) {
    const r = scan(c, cs, b, 1);
    // "…, while the amendment, tabled by Fiona X, would hand “…”": a clause naming only an agent names nobody.
    if (r) return clauseSubject(c, cs, b) ?? { entity: null, start: r.start, end: r.end };
  }
  for (let v = b - 1; v >= a; v--) {
    if (c.quoted[v]) continue;
    // "Adair was told “…”": the passive's subject heard the words; nobody named here said them.
    const passive = passiveSpeaker(c.tokens, v);
    if (passive) return passive;
    if (!isCueAt(c.tokens, v)) continue;
    // "Il problema, spiega, non è …: «…»": a verb alone between commas has no subject before it; whom the
    // text is about goes on.
    const verb = must(c.tokens[v], 'token');
    const bound = commaBoundCue(c, v) ? droppedSubject(c, open, verb) : undefined;
    if (bound) return bound;
    const read =
      titleAfterVerb(c, v, b) ??
      bareLeadIn(c, a, v, b, open) ??
      sharedParticiple(c, a, v) ??
      relativeReport(c, v, b) ??
      subjectOf(c, a, v) ??
      commonSubject(c, a, v) ??
      invertedBefore(c, v, b);
    // "Hanzlíkovi vzkázala, že …": a name in the dative was spoken to; the dropped subject spoke.
    if (read && cannotBeSubject(c, read, verb)) {
      // "Ministr Křížovi odpověděl": a title before the verb is the subject, whom the text does not name here.
      if (titledClause(c, a, v, read)) return { ...read, entity: null };
      const dropped = droppedSubject(c, open, verb, read.entity);
      return dropped?.entity === read.entity ? { ...read, entity: null } : dropped;
    }
    // "E spiega: «…»": a subjectless lead-in goes on with whom the text was just about.
    return read ?? (opensOnConnective(c, a, v) ? droppedSubject(c, open, verb) : undefined);
  }
  const view = opinionSource(c, a, b) ?? ownView(c, a);
  if (view) return view;
  if (/:\s*$/.test(c.text.slice(from, open))) {
    const r = leadInSubject(c, a, b);
    if (r) return r;
    // "Una paziente di 84 anni:", "La Fiom:": the label is the speaker, someone the text does not name here.
    if (labelLeadIn(c.tokens, a, b - 1 >= a && c.tokens[b - 1]?.text === ':' ? b - 1 : b))
      return { entity: null, start: must(c.tokens[a], 'token').start, end: open };
    // A colon lead-in that names nobody ("a search returned the message:") quotes the paragraph's topic.
    const para = c.text.lastIndexOf('\n', from) + 1;
    return scan(c, Math.max(tokenAt(c.tokens, para), a - 80), a, -1);
  }
  return undefined;
}

/** True when a title stands in tokens [a, v) outside `r`: the subject of a verb whose object `r` is. */
function titledClause(c: Ctx, a: number, v: number, r: Referent): boolean {
  return c.tokens
    .slice(a, v)
    .some((t, i) => !c.quoted[a + i] && (t.end <= r.start || t.start >= r.end) && ROLE_NOUNS.has(t.lower));
}
