/**
 * Acronyms, read in one place: the long form a page spells out before "(ERÚ)", whether a short word abbreviates
 * an organisation's name ("Fed", "NRC"), and the acronyms a page defines after a body's name ("la Fédération
 * départementale … (FDSEA)"), so that a later "la FDSEA" stands for that body.
 */

import { must } from '@/lib/detect/text/must';
import { fold } from '@/lib/detect/text/name-spelling';
import type { Bodies } from './body-lexicon';
import { type BodyName, fullBodyName } from './full-body-names';
import type { Entity, PeopleIndex } from './people-index';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
// Words an acronym skips in most languages of the news: "Department of …", "Associação de …", "Verband der …".
const SKIPPED = new Set(
  'of the and for de del della dei degli di da do dos das des du la le les et y e und der die das für von zu a en i z ze v ve na pro'.split(
    ' ',
  ),
);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The first letters of a name's words, as written: "FR" for "Federal Reserve". */
export function initials(words: readonly string[]): string {
  return words.map((w) => w[0]).join('');
}

/** The words right before `at` in the same sentence, nearest last. */
function wordsBefore(text: string, at: number): string[] {
  const from = Math.max(0, at - 160);
  const slice = text.slice(from, at);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'), slice.lastIndexOf(','));
  return [...slice.slice(cut + 1).matchAll(WORD)].map((m) => m[0]);
}

/**
 * The phrase before "(ACR)" whose words' initials spell the acronym, skipping the small words between them, or
 * null when no such phrase stands there: "Energetický regulační úřad" for ERÚ. Works in any language without a
 * lexicon of bodies.
 */
export function spelledOut(words: readonly string[], acronym: string): string | null {
  const letters = [...acronym.toLowerCase()];
  let k = letters.length - 1;
  let i = words.length - 1;
  for (; i >= 0 && k >= 0; i--) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    if (SKIPPED.has(lower) && k < letters.length - 1) continue;
    if (fold(lower[0] ?? '') !== fold(letters[k] ?? '')) return null;
    k--;
  }
  const first = words[i + 1] ?? '';
  if (k >= 0 || !/^\p{Lu}/u.test(first)) return null;
  return words.slice(i + 1).join(' ');
}

/** The long form the text gives an acronym ("… (ERÚ)"), or null. */
export function longForm(text: string, acronym: string): string | null {
  const marker = `(${acronym})`;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const found = spelledOut(wordsBefore(text, at), acronym);
    if (found) return found;
  }
  return null;
}

/**
 * Renames every quoted acronym entity to its spelled-out name, or points its quotes (each quote's speaker
 * entity, as attribution settled it) at the entity of that name.
 * The card looks a speaker up by name, and the reader knows the body by the words the page gave first, so an
 * acronym speaker ("uvedl ERÚ") takes the spelled-out name and keeps the acronym as an alias.
 */
export function spellOutAcronyms(text: string, idx: PeopleIndex, out: { entity: number | null }[]): void {
  if (!text.includes('(')) return;
  const quoted = new Set(out.flatMap((a) => (a.entity === null ? [] : [a.entity])));
  for (const id of quoted) {
    const e = idx.entities[id];
    if (!e || !ACRONYM.test(e.name)) continue;
    const long = longForm(text, e.name);
    if (!long) continue;
    const same = idx.entities.find((x) => x !== e && x.folded === fold(long));
    if (same) {
      for (const a of out) if (a.entity === id) a.entity = same.id;
      addAlias(same, e.name);
    } else {
      addAlias(e, e.name);
      Object.assign(e, { name: long, folded: fold(long), kind: 'organisation' as const });
    }
  }
}

function addAlias(e: Entity, alias: string): void {
  if (!e.aliases.includes(alias)) e.aliases.push(alias);
}

/** True when `word` is a short form of organisation `name` ("Fed" for "Federal Reserve", "NRC" by its initials). */
export function orgAbbreviates(name: string, word: string): boolean {
  if (word.length < 3) return false;
  const split = orgWords(name);
  return split.words.some((w) => w !== word && w.startsWith(word)) || split.initials === word;
}

// Every lone name is held against every organisation named so far: each name's words are split once.
const ORG_WORDS_MEMO = new Map<string, { words: string[]; initials: string }>();

/** An organisation name's words and initials, split once per name. */
function orgWords(name: string): { words: string[]; initials: string } {
  let split = ORG_WORDS_MEMO.get(name);
  if (!split) {
    const words = name.split(/\s+/);
    split = { words, initials: initials(words) };
    if (ORG_WORDS_MEMO.size < 2000) ORG_WORDS_MEMO.set(name, split);
  }
  return split;
}

/** The acronyms the page defines in parentheses after a body's name the lexicon recognises, with that name. */
export function definedAcronyms(text: string, b: Bodies, idx: PeopleIndex): Map<string, BodyName> {
  const out = new Map<string, BodyName>();
  // Most pages define none: look for the parentheses before reading any name.
  if (!/\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u.test(text)) return out;
  for (const m of idx.mentions) {
    const e = must(idx.entities[m.entity], 'entity');
    if (e.kind !== 'organisation' || !/[(]/.test(text.slice(m.end, m.end + 90))) continue;
    const full = fullBodyName(text, b, m.start, m.end);
    const after = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u.exec(text.slice(full.end, full.end + 14));
    const acronym = full.acronym ?? after?.[1];
    if (acronym && !out.has(acronym)) out.set(acronym, { ...full, acronym });
  }
  return out;
}

const DEFINED = new WeakMap<PeopleIndex, Map<string, BodyName>>();

/** The acronyms of the page, read once per people index. */
export function acronymsOf(b: Bodies, idx: PeopleIndex): Map<string, BodyName> {
  const known = DEFINED.get(idx);
  if (known) return known;
  const found = definedAcronyms(idx.text ?? '', b, idx);
  DEFINED.set(idx, found);
  return found;
}
