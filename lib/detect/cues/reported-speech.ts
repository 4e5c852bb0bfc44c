/**
 * German reported speech around direct quotes. News reports a speaker in the subjunctive ("Die Reform sei
 * richtig, sagte Pfeiffer. Ohne Geld werde der Deckel reißen.") and then quotes them with no cue of their
 * own, or weaves a fragment into a subjunctive sentence ("Es sei „ein teures Geschenk“"). Both belong to
 * whoever the reported speech is attributed to; a sentence about anyone else in between ends the report.
 */

import { isGivenName } from '@/lib/detect/people/given-names';
import { germanNameGender } from '@/lib/detect/people/given-names-de';
import type { Entity } from '@/lib/detect/people/people-index';
import type { Referent } from '@/lib/detect/referents/referents';
import { previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { isSubjunctive } from '@/lib/detect/text/subjunctive';
import type { Ctx } from './cue-context';
import { scan, tokenAt } from './cue-scan';

// How many sentences of reported speech may stand between the attribution and the quote.
const BACK = 5;

/** True when tokens [a, b) hold a subjunctive verb outside quotes. */
export function subjunctive(c: Pick<Ctx, 'tokens' | 'quoted'>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!c.quoted[k] && isSubjunctive(must(c.tokens[k], 'token').text)) return true;
  return false;
}

/** The reporting verb of tokens [a, b) outside quotes, or -1; "…, so der Bürgermeister." counts as one. */
function cueIn(c: Ctx, a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const t = must(c.tokens[k], 'token');
    if (c.quoted[k]) continue;
    if (isCueVerb(t.lower)) return k;
    const gap = k > a ? c.text.slice(must(c.tokens[k - 1], 'token').end, t.start) : '';
    if (language().after.has(t.lower) && gap.includes(',') && b - k <= 5) return k;
  }
  return -1;
}

/** True when every word of tokens [a, b) is quoted: a sentence that is a quote and nothing else. */
function allQuoted(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!c.quoted[k]) return false;
  return b > a;
}

/** True when a person is named outside quotes in tokens [a, b). */
function namesPerson(c: Ctx, a: number, b: number): boolean {
  const from = c.tokens[a]?.start ?? 0;
  const to = c.tokens[b - 1]?.end ?? 0;
  return c.idx.mentions.some(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      !c.quoted[tokenAt(c.tokens, m.start)] &&
      looksLikePerson(c.idx.entities[m.entity]),
  );
}

/** True for a person the text shows to be one: German capitals make "Mehr Kassenverträge" look like a name. */
export function looksLikePerson(e: Entity | undefined): boolean {
  if (e?.kind !== 'person') return false;
  return !!e.role || (!!e.first && (isGivenName(e.first) || !!germanNameGender(e.first)));
}

/** The only person the sentence [a, b) names, when it opens on them ("Hellwig stellte das Ticket infrage."). */
function soleSubject(c: Ctx, a: number, b: number): Referent | undefined {
  const r = scan(c, a, b, 1);
  if (!r || r.entity === null || !looksLikePerson(c.idx.entities[r.entity])) return undefined;
  const other = c.idx.mentions.some(
    (m) => m.start >= r.end && m.end <= (c.tokens[b - 1]?.end ?? 0) && m.entity !== r.entity,
  );
  if (other) return undefined;
  return nameOf(c, r);
}

/** "Der CDU-Landesvorsitzende Matthias Hellwig": the name itself, not its title, is the evidence. */
function nameOf(c: Ctx, r: Referent): Referent {
  const name = c.idx.mentions.find((m) => m.entity === r.entity && m.start >= r.start && m.end <= r.end);
  return name ? { entity: r.entity, start: name.start, end: name.end } : r;
}

/**
 * Who the quote opening at `open` (its sentence starting at `sStart`) continues to report, when it stands
 * alone after reported speech or is woven into a subjunctive sentence; undefined when it does neither.
 */
export function reportedSpeaker(c: Ctx, sStart: number, open: number): Referent | undefined {
  if (language().code !== 'de') return undefined;
  const a0 = tokenAt(c.tokens, sStart);
  const b0 = tokenAt(c.tokens, open);
  // A fragment in its own sentence counts only when that sentence is reported speech naming nobody.
  const woven = b0 > a0;
  if (woven && (!subjunctive(c, a0, b0) || cueIn(c, a0, b0) >= 0)) return undefined;
  // "Die Gemeinde müsse …, und zwar „…“": a body the report is about is no new speaker; a person may be.
  const about = woven ? scan(c, a0, b0, 1) : undefined;
  if (about && !isBodySubject(c, about)) {
    const r = speakerBefore(c, sStart, true);
    return r && r.entity !== null && r.entity === about.entity ? r : undefined;
  }
  return speakerBefore(c, sStart, woven);
}

/** True when referent `r` is an organisation, or a body's noun the text names no one by ("die Gemeinde"). */
function isBodySubject(c: Ctx, r: Referent): boolean {
  if (r.entity !== null) return c.idx.entities[r.entity]?.kind === 'organisation';
  const t = c.tokens[tokenAt(c.tokens, r.end - 1)];
  return !!t && language().isBody(t.lower);
}

/** The speaker the reported speech ending at `sStart` is attributed to, looking back a few sentences. */
function speakerBefore(c: Ctx, sStart: number, woven: boolean): Referent | undefined {
  let reported = woven;
  let end = sStart;
  for (let n = 0; n < BACK; n++) {
    const p = previousSentence(c.text, end);
    if (p < 0 || c.text.slice(p, end).trimEnd().includes('\n')) return undefined;
    const a = tokenAt(c.tokens, p);
    const b = tokenAt(c.tokens, end);
    // "…, sagte X. „…“ Die Kasse sei …": a lone quote between is X's too; the report runs on past it.
    if (reported && allQuoted(c, a, b)) {
      end = p;
      continue;
    }
    const v = cueIn(c, a, b);
    // "Ein Sprecher der Stadt sagte": the sentence's first referent, not the noun right before the verb.
    if (v >= 0) {
      const r = scan(c, v + 1, Math.min(b, v + 5), 1) ?? scan(c, a, v, 1);
      return r && nameOf(c, r);
    }
    if (reported && !subjunctive(c, a, b)) return soleSubject(c, a, b);
    if (!subjunctive(c, a, b) || namesPerson(c, a, b)) return undefined;
    reported = true;
    end = p;
  }
  return undefined;
}
