/**
 * German definite descriptions: "die Ministerin", "der CSU-Politiker", "der 61-Jährige", "der Vorsitzende
 * des FC Südstadt". German news names a person once in full, then refers to them by office, party or age.
 * Such a phrase stands for the one person named in the sentences just before whom it fits (gender, office,
 * party); with none or several fitting, it stands for somebody unnamed.
 */

import { isGivenName } from '@/lib/detect/people/given-names';
import { germanNameGender } from '@/lib/detect/people/given-names-de';
import { type Entity, mentionCovering, type PeopleIndex, type Referent } from '@/lib/detect/people/people-index';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';
import { sameOffice } from './german-offices';
import { namedBetween, previousSentence, type Scene } from './salience';

const AGE = /^\d+-jährige[rn]?$/;
// Heads that say nothing about an office: any politician, chief or age fits them.
const GENERIC = /^(?:politiker(?:in)?|chef(?:in)?|\d+-jährige[rn]?)$/;
// How many sentences before the description's own its person may have been named in, and how far.
const SENTENCES_BACK = 3;
const REACH = 700;
// How far before a name its title may stand ("Die Vorsitzende des Sozialverbands Pflegebund, Hannelore Sturm").
const TITLE_REACH = 70;

/** The gender the article and noun give a description, or undefined when it is no singular subject. */
function genderOf(article: string, noun: string): 'm' | 'f' | undefined {
  const feminine = /in$/.test(noun) && ROLE_NOUNS.has(noun);
  if (article === 'der') return feminine ? undefined : 'm';
  if (article === 'die') return feminine || /e$/.test(noun) ? 'f' : undefined;
  return undefined;
}

/** The gender a German title gives its holder ("Ministerin" a woman, "Minister" a man), if any. */
function roleGender(role: string): 'm' | 'f' | undefined {
  const noun = role.split(/\s+/).at(-1) ?? '';
  if (!ROLE_NOUNS.has(noun) || /e$/.test(noun)) return undefined;
  return /in$/.test(noun) ? 'f' : 'm';
}

/** True when the words just before one of the entity's mentions hold the office ("Die Präsidentin des X, Name"). */
function titledBefore(text: string, e: Entity, head: string): boolean {
  return e.mentions.some((m) => {
    const from = Math.max(sentenceStart(text, m.start), m.start - TITLE_REACH);
    return text.slice(from, m.start).toLowerCase().includes(head);
  });
}

/** The parties written in parentheses after the entity's mentions ("Markus Söder (CSU)"), lower case. */
function partiesOf(text: string, e: Entity): string[] {
  const out: string[] = [];
  for (const m of e.mentions) {
    const p = /^\s*\(([\p{L}\s/]{2,20})\)/u.exec(text.slice(m.end, m.end + 24));
    if (p?.[1]) out.push(p[1].trim().toLowerCase());
  }
  return out;
}

/** True when the description (`prefix`-`head`) fits entity `e`: gender, office and party do not contradict it. */
function fits(text: string, e: Entity, g: 'm' | 'f', prefix: string, head: string): boolean {
  const role = e.role?.toLowerCase() ?? '';
  // Only someone the text shows to be a person counts: German capitals make "Am Abend" look like a name.
  const named = !!e.first && (!!role || isGivenName(e.first) || !!germanNameGender(e.first));
  if (e.kind !== 'person' || !named) return false;
  const gender = e.gender ?? roleGender(role);
  if (gender && gender !== g) return false;
  // An office must be the one the text gave the person: "der Anwalt der Familie" is often someone new.
  if (!GENERIC.test(head) && !role.includes(head) && !titledBefore(text, e, head) && !sameOffice(head, role))
    return false;
  if (!prefix) return true;
  const parties = partiesOf(text, e);
  const same = (p: string) => p.startsWith(prefix.slice(0, 4)) || prefix.startsWith(p.slice(0, 4));
  return role.includes(prefix) || !parties.length || parties.some(same);
}

/** "Die Vorsitzende des Mieterbunds, Gisela Hoff, ...": the person named in apposition after the body. */
function apposed(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const text = idx.text ?? '';
  if (!language().of.has(tokens[i + 1]?.lower ?? '')) return undefined;
  for (let k = i + 2; k < Math.min(tokens.length, i + 9); k++) {
    const gap = text.slice(must(tokens[k - 1], 'token').end, must(tokens[k], 'token').start);
    if (!gap.includes(',')) continue;
    for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
      const t = must(tokens[j], 'token');
      const m = mentionCovering(idx, t.start, t.end);
      if (m && must(idx.entities[m.entity], 'entity').kind === 'person')
        return { entity: m.entity, start: m.start, end: m.end };
    }
    return undefined;
  }
  return undefined;
}

/**
 * Who the description whose noun is token i stands for, in German; undefined when token i heads no definite
 * description. The referent's entity is null when no one person named just before fits it.
 */
export function describedPerson(
  idx: PeopleIndex,
  scene: Scene | undefined,
  tokens: Token[],
  i: number,
): Referent | undefined {
  const t = must(tokens[i], 'token');
  if (!language().capitalisesNouns || !scene || !(AGE.test(t.lower) || ROLE_NOUNS.has(t.lower))) return undefined;
  // "der niedersächsische CDU-Chef": one adjective may stand between article and noun.
  const before = tokens[i - 1];
  const adjective = !!before && !before.cap && !language().articles.has(before.lower) && /e[nr]?$/.test(before.lower);
  const article = tokens[adjective ? i - 2 : i - 1];
  const g = article ? genderOf(article.lower, t.lower) : undefined;
  if (!article || !g) return undefined;
  const next = tokens[i + 1];
  if (next && mentionCovering(idx, next.start, next.end)) return undefined;
  const span = { start: article.start, end: t.end };
  const named = apposed(idx, tokens, i);
  if (named) return named;
  const hyphen = t.lower.lastIndexOf('-');
  const prefix = hyphen > 0 && !AGE.test(t.lower) ? t.lower.slice(0, hyphen) : '';
  const head = hyphen > 0 && !AGE.test(t.lower) ? t.lower.slice(hyphen + 1) : t.lower;
  let from = sentenceStart(scene.text, t.start);
  for (let n = 0; n < SENTENCES_BACK; n++) {
    const p = previousSentence(scene.text, from);
    if (p < 0 || t.start - p > REACH) break;
    from = p;
  }
  const people = namedBetween(scene, idx, from, article.start).filter((e) =>
    fits(scene.text, must(idx.entities[e], 'entity'), g, prefix, head),
  );
  return { ...span, entity: people.length === 1 ? must(people[0], 'person') : null };
}
