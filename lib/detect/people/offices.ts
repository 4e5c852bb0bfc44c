/**
 * Organisations a text names in lower case only through the people who speak for them: "a spokeswoman
 * for the Japanese foreign ministry", "a Dutch health ministry spokesman". Capitalised names are found
 * as runs of capitals; these phrases would otherwise leave the spokesperson's quote without a speaker.
 */
import { must } from '@/lib/detect/text/must';
import type { Span } from '@/lib/detect/types';
import type { PeopleIndex } from './people-index';
import { findModifierBodies } from './spokes-modifiers';

const OFFICE =
  '(?:ministry|department|embassy|consulate|office|agency|government|commission|council|committee|regulator|police|army|military|navy|parliament|presidency|secretariat|cabinet)';
const OFFICE_WORD = new RegExp(`\\b${OFFICE}\\b`, 'g');
// "the Japanese foreign ministry": up to three capitalised words, up to two lower-case ones, then the office.
const PHRASE = `((?:\\p{Lu}[\\p{L}\\u2019'.-]*\\s){0,3}(?:\\p{Ll}[\\p{Ll}-]*\\s){0,2}${OFFICE})`;
const SPOKES = '(?:spokes(?:man|woman|person|people)|representatives?|statements?)';
const AFTER = new RegExp(`\\b${SPOKES} (?:for|of|from|at|with) the ${PHRASE}\\b`, 'gu');
const BEFORE = new RegExp(`\\b(?:[Aa]n?|[Tt]he) ${PHRASE} ${SPOKES}\\b`, 'gu');
// "the Japanese foreign ministry said": a named office as the subject of a reporting verb.
const SUBJECT = new RegExp(
  `\\b[Tt]he ${PHRASE} (?:has |had |also )?(?:said|says|told|added|warned|stated|announced|confirmed|denied)\\b`,
  'gu',
);

// "Egypt's foreign ministry": a place's office, with a word saying which.
const OWNED = new RegExp(`\\b(\\p{Lu}\\p{L}+[\u2019']s (?:\\p{Ll}[\\p{Ll}-]*\\s){1,2}${OFFICE})\\b`, 'gu');

// Words each phrase pattern cannot match without: a window lacking them is not searched with the pattern.
const SPOKES_WORD = /spokes|representative|statement/;
const REQUIRED = new Map<RegExp, RegExp>([
  [AFTER, SPOKES_WORD],
  [BEFORE, SPOKES_WORD],
  [SUBJECT, /said|says|told|added|warned|stated|announced|confirmed|denied/],
  [OWNED, /[\u2019']s /],
]);

/** One organisation named in lower case: where, and the name to show. */
export interface Office extends Span {
  name: string;
}

/** Lower-case organisation phrases tied to a spokesperson, each with at least one word saying which office. */
export function findOffices(text: string): Office[] {
  const out: Office[] = [];
  // Read only around office words: the phrase patterns are too costly to run over a whole long page.
  for (const hit of text.matchAll(OFFICE_WORD)) {
    const from = Math.max(0, hit.index - 90);
    const to = Math.min(text.length, hit.index + hit[0].length + 30);
    const window = text.slice(from, to);
    for (const [re, required] of REQUIRED) {
      if (!required.test(window)) continue;
      for (const m of window.matchAll(re)) {
        const name = m[1];
        if (!name) continue;
        const words = name.split(/\s+/);
        // "the ministry" alone names no office; a fully capitalised name is already read as an organisation.
        if (words.length < 2 || words.every((w) => /^\p{Lu}/u.test(w))) continue;
        if (re !== AFTER && !/^\p{Lu}/u.test(name)) continue;
        const start = from + m.index + m[0].indexOf(name);
        if (!out.some((o) => o.start === start)) out.push({ start, end: start + name.length, name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "a spokesperson for Meta": whoever a spokesperson speaks for is an organisation when the text names nobody there.
const EMPLOYER = /\bspokes(?:man|woman|person) (?:for|at) (\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2})/gu;

/** Capitalised names a spokesperson speaks for; the caller keeps only those that name nobody already. */
export function findEmployers(text: string): Office[] {
  return [...text.matchAll(EMPLOYER)].flatMap((m) => {
    const name = m[1];
    if (name === undefined) return [];
    const start = m.index + m[0].length - name.length;
    return [{ start, end: start + name.length, name }];
  });
}

/** Adds the organisations named only through their spokespeople to `idx`, through `addOrg`. */
export function addOffices(
  text: string,
  idx: PeopleIndex,
  addOrg: (name: string, start: number, end: number) => void,
): void {
  const { entities, mentions } = idx;
  for (const o of findOffices(text)) {
    // The office phrase replaces any shorter name read inside it ("Japanese" in "Japanese foreign ministry").
    if (mentions.some((m) => m.start < o.start && m.end > o.start)) continue;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (!m || m.start < o.start || m.end > o.end) continue;
      mentions.splice(k, 1);
      const e = must(entities[m.entity], 'entity');
      e.mentions = e.mentions.filter((x) => x.start !== m.start);
    }
    addOrg(o.name, o.start, o.end);
  }
  for (const o of findEmployers(text)) {
    const inside = mentions
      .filter((m) => m.start < o.end && m.end > o.start)
      .map((m) => must(entities[m.entity], 'entity'));
    if (!inside.length) addOrg(o.name, o.start, o.end);
    // A lone word read as a person because it "said" something ("Tesco said") is the organisation.
    for (const e of inside) if (e.kind === 'person' && !e.first && !e.role && !e.gender) e.kind = 'organisation';
  }
  // "A Downing Street spokesperson": the whole name is the body, over a shorter one read inside it ("Office" in
  // "Sheriff’s Office"); a person named there stays a person.
  for (const o of findModifierBodies(text)) {
    const inside = mentions.filter((m) => m.start < o.end && m.end > o.start);
    const shorter = inside.every(
      (m) => m.start >= o.start && m.end <= o.end && must(entities[m.entity], 'entity').kind === 'organisation',
    );
    if (!shorter || inside.some((m) => m.start === o.start && m.end === o.end)) continue;
    for (const m of inside) {
      mentions.splice(mentions.indexOf(m), 1);
      const e = must(entities[m.entity], 'entity');
      e.mentions = e.mentions.filter((x) => x.start !== m.start);
    }
    addOrg(o.name, o.start, o.end);
  }
}
