/**
 * "Am Sonntag steht Klaus Wendling vor der Ruine. »Alles weg«, sagt der Vorsitzende des Vereins.": German
 * features name a person first and then speak of them by a title alone. When the paragraph so far names
 * one person and nobody else, the title after the cue is theirs; with two people or none it stays nobody's,
 * and so does a title of someone speaking for another ("der Anwalt der Familie").
 */

import { DE_AGENT_TITLES } from '@/lib/detect/lexicons/de-indirect-speakers';
import type { PeopleIndex, Referent } from '@/lib/detect/people/people-index';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { sameOffice } from '@/lib/detect/referents/german-offices';
import { language } from '@/lib/detect/text/language';
import { isCueVerb, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';

// "», sagt der Vorsitzende": the cue right after the quote, then an article and a capitalised title.
const TITLE_AFTER = /^\s*[,–-]?\s*(\p{L}+) (der|die) (\p{Lu}[\p{L}-]+)/u;

/** True when `noun` is a title in the language being read: a listed role or a compound ending in one. */
function isTitle(noun: string): boolean {
  const lower = noun.toLowerCase();
  if (AGENTS.some((a) => lower.endsWith(a))) return false;
  return ROLE_NOUNS.has(lower) || language().isRole(lower);
}

const AGENTS = DE_AGENT_TITLES.split(' ');

/** True when a person's name starts right after the title ending at `end` ("der Vorsitzende Markus Dreher"). */
function nameFollows(idx: PeopleIndex, end: number): boolean {
  const text = idx.text ?? '';
  const gap = /^ +/.exec(text.slice(end, end + 3))?.[0].length ?? 0;
  return gap > 0 && idx.mentions.some((x) => x.start === end + gap && idx.entities[x.entity]?.kind === 'person');
}

/** The one person the paragraph names before `q`, who holds the title its cue gives; undefined otherwise. */
export function paragraphHolder(idx: PeopleIndex, q: RawQuote, tokens: Token[]): Referent | undefined {
  if (language().code !== 'de') return undefined;
  const text = idx.text ?? '';
  const close = q.close >= 0 ? q.close + 1 : q.end;
  const m = TITLE_AFTER.exec(text.slice(close, close + 120));
  if (!m?.[1] || !m[3] || !isCueVerb(m[1].toLowerCase()) || !isTitle(m[3])) return undefined;
  const at = close + m.index + m[0].length - m[3].length;
  // "sagte der Vorsitzende Markus Dreher": a name right after the title is its holder, not the paragraph's person.
  if (nameFollows(idx, at + m[3].length)) return undefined;
  const from = Math.max(0, text.lastIndexOf('\n', q.open));
  const people = new Set(
    idx.mentions
      .filter((x) => x.start >= from && x.end <= close)
      .map((x) => x.entity)
      .filter((e) => idx.entities[e]?.kind === 'person'),
  );
  if (people.size !== 1) return undefined;
  const [entity] = [...people];
  const who = entity === undefined ? undefined : idx.entities[entity];
  if (!who || entity === undefined) return undefined;
  // "der Vorsitzende" is a man, "die Vorsitzende" a woman; another title the person holds is someone else.
  if (who.gender && who.gender !== (m[2] === 'der' ? 'm' : 'f')) return undefined;
  if (who.role && !who.role.toLowerCase().endsWith(m[3].toLowerCase()) && !sameOffice(m[3], who.role)) return undefined;
  const title = tokens.find((t) => t.start === at);
  return { entity, start: title?.start ?? at, end: title?.end ?? at + m[3].length };
}
