/**
 * Whether the speaker a cue reached is a speaker at all. A name is kept when it is a person's or a body's;
 * documents ("Stellungnahme"), places and outlets in place or addressee phrases ("À Matignon", "told CNBC")
 * never speak, so the quote keeps no speaker. The first words of a longer body name become the name the page
 * writes, and a definite description ("the agency", "la fédération", "die Behörde") stands for the most recent
 * body whose name fits it, or for nobody when none does.
 */
import { definedAcronyms } from '@/lib/detect/people/acronyms';
import { type Bodies, bodies, inSet } from '@/lib/detect/people/body-lexicon';
import { isBody, namesDocument } from '@/lib/detect/people/body-mentions';
import { bodyEntity, describedBody, descriptionNoun } from '@/lib/detect/people/described-body';
import { type BodyName, fullBodyName } from '@/lib/detect/people/full-body-names';
import { GROUP_NOUNS } from '@/lib/detect/people/lone-names';
import type { PeopleIndex } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import type { Attribution } from './attribution';
import { inPlaceOrAddressee } from './body-places';

const NOBODY: Attribution = { entity: null, mention: null };

/** True when a short name ends on a plural of people ("Labour MPs", "Democratic senators"): a group, no one speaker. */
export function namesGroup(b: Bodies, name: string): boolean {
  const words = name.split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  if (words.length > 3 || words.some((w) => inSet(b, b.heads, w.toLowerCase()))) return false;
  return GROUP_NOUNS.has(last) || (/[^s]s$/.test(last) && ROLE_NOUNS.has(last.slice(0, -1))) || last === 'mps';
}

/** True when a mention is a name ("la Fédération", "l’AFP"), not a description ("The report"). */
function startsOnName(b: Bodies, phrase: string): boolean {
  const first = /^(\p{L}+)\s+/u.exec(phrase);
  const rest = first && b.determiners.includes((first[1] ?? '').toLowerCase()) ? phrase.slice(first[0].length) : phrase;
  return /^(?:[dl]['’])?\p{Lu}/u.test(rest);
}

/** What the check makes of one attribution: kept, moved to another body, or left without a speaker. */
function checkOne(text: string, b: Bodies, idx: PeopleIndex, acronyms: Map<string, BodyName>, a: Attribution) {
  if (a.entity === null || !a.mention || a.way === 'turn') return a;
  const e = must(idx.entities[a.entity], 'entity');
  const { start, end } = a.mention;
  const phrase = text.slice(start, end);
  if (namesDocument(b, e.name) || namesGroup(b, e.name) || inPlaceOrAddressee(text, b, start)) return NOBODY;
  // "la Comisión Nacional del Agua": a name the people index read whole past the cue's words is that body.
  if (idx.mentions.some((m) => m.entity === a.entity && m.start >= start && m.start < end && m.end > end)) return a;
  const full = fullBodyName(text, b, start, end);
  const extended = full.start < start || full.end > end;
  const noun = extended ? undefined : descriptionNoun(b, phrase);
  if (noun) {
    const body = describedBody(text, b, idx, acronyms, noun, start);
    return body === null ? NOBODY : { ...a, entity: body };
  }
  // Only a name is extended; "the report" resolved to its author stays as the cue found it.
  if (!startsOnName(b, phrase)) return a;
  // "Hollis & Crane" names a firm whatever the finder took "Crane Engineering" for.
  const named = extended ? full : ampersandName(text, full);
  if (!isBody(b, e) && named === full) return a;
  return named.name === e.name || named.name === phrase ? a : { ...a, entity: bodyEntity(idx, named) };
}

/** "Young Construction said" where the page wrote "Baxter & Young Construction" before: that name. */
function ampersandName(text: string, body: BodyName): BodyName {
  if (!text.includes(`& ${body.name}`)) return body;
  const escaped = body.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+&\\s+${escaped}(?![\\p{L}])`, 'u').exec(text);
  return m ? { ...body, name: m[0].replace(/\s+/g, ' ') } : body;
}

/** Checks every attributed quote's speaker in place; quotes nested in others follow their own cue. */
export function checkSpeakers(text: string, idx: PeopleIndex, raw: RawQuote[], out: Attribution[]): void {
  const b = bodies();
  if (!b) return;
  const acronyms = definedAcronyms(text, b, idx);
  raw.forEach((_, i) => {
    out[i] = checkOne(text, b, idx, acronyms, must(out[i], 'attribution'));
  });
}
