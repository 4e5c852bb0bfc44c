/**
 * Speakers named by an acronym the page spells out: "Energetický regulační úřad (ERÚ) … uvedl ERÚ", "Associação
 * de Proprietários de Lisboa (APL)". The card looks a speaker up by name, and the reader knows the body by the
 * words the page gave first, so an acronym speaker takes the spelled-out name and keeps the acronym as an alias.
 * The long form is found by its initials, which works in any language without a lexicon of bodies.
 */
import type { Attribution } from './attribution';
import { fold } from './name-spelling';
import type { Entity, PeopleIndex } from './people-index';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
// Words an acronym skips in most languages of the news: "Department of …", "Associação de …", "Verband der …".
const SKIPPED = new Set(
  'of the and for de del della dei degli di da do dos das des du la le les et y e und der die das für von zu a en i z ze v ve na pro'.split(
    ' ',
  ),
);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The words right before `at` in the same sentence, nearest last. */
function wordsBefore(text: string, at: number): string[] {
  const from = Math.max(0, at - 160);
  const slice = text.slice(from, at);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'), slice.lastIndexOf(','));
  return [...slice.slice(cut + 1).matchAll(WORD)].map((m) => m[0]);
}

/**
 * The phrase before "(ACR)" whose words' initials spell the acronym, skipping the small words between them, or
 * null when no such phrase stands there: "Energetický regulační úřad" for ERÚ.
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

/** Renames every quoted acronym entity to its spelled-out name, or points its quotes at the entity of that name. */
export function spellOutAcronyms(text: string, idx: PeopleIndex, out: Attribution[]): void {
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
