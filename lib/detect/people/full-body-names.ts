/**
 * The full name of an organisation as the page writes it, from words the name finder stopped short of:
 * "Crane Engineering" in "Hollis & Crane Engineering", "Fédération" in "la Fédération départementale des
 * syndicats d’exploitants agricoles (FDSEA) de la Manche", and the names acronyms defined in parentheses stand for.
 */

import { language } from '@/lib/detect/text/language';
import { type Bodies, inSet } from './body-lexicon';

/** A name found in the text, with its span and the acronym defined inside or after it. */
export interface BodyName {
  name: string;
  start: number;
  end: number;
  acronym?: string;
}

const ACRONYM = /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)$/u;
const PIECE = /\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)|[\p{L}\p{N}][\p{L}\p{N}.&-]*(?:['’][\p{L}\p{N}-]+)?|\S/gu;
const ELIDED = /^([dl]['’])(\p{L}.*)$/u;
const CAPITAL_RUN = /(?:\p{Lu}[\p{L}\p{N}.'’-]*\s+)*\p{Lu}[\p{L}\p{N}.'’-]*\s+&\s+$/u;
const AMPERSAND_TAIL = /^\s+&\s+\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)*/u;

interface Piece {
  text: string;
  start: number;
  end: number;
}

function piecesAfter(text: string, from: number): Piece[] {
  const slice = text.slice(from, from + 200);
  return [...slice.matchAll(PIECE)].map((m) => ({
    text: m[0],
    start: from + (m.index ?? 0),
    end: from + (m.index ?? 0) + m[0].length,
  }));
}

const lowerWord = (w: string) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(w);
const isAdjective = (b: Bodies, w: string) =>
  lowerWord(w) && w.length >= 5 && !language().isVerb(w) && b.adjectives.some((e) => w.endsWith(e));

/** How many pieces from `i` make one "of"-group ("des syndicats", "de la Manche", "d’exploitants"); 0 when none. */
function ofGroup(b: Bodies, p: Piece[], i: number): number {
  const first = p[i]?.text.toLowerCase() ?? '';
  const elided = ELIDED.exec(first);
  if (elided && b.of.includes(elided[1] ?? '')) return 1;
  const two = `${first} ${p[i + 1]?.text.toLowerCase() ?? ''}`;
  let k = b.of.includes(two) ? i + 2 : b.of.includes(first) ? i + 1 : i;
  if (k === i) return 0;
  const det = p[k]?.text.toLowerCase() ?? '';
  const detElided = ELIDED.exec(det);
  if (detElided?.[1]?.startsWith('l')) return k - i + 1;
  if (b.determiners.includes(det)) k++;
  const w = p[k]?.text ?? '';
  return /^\p{Lu}/u.test(w) || (lowerWord(w) && !language().isVerb(w)) ? k - i + 1 : 0;
}

/** End of the words after a head noun that belong to its name, and the acronym met on the way. */
function nameTail(text: string, b: Bodies, end: number): { end: number; acronym?: string } {
  const p = piecesAfter(text, end);
  let out = end;
  let acronym: string | undefined;
  let i = 0;
  while (i < p.length && i < 14) {
    const cur = p[i] as Piece;
    // Only words run on by single spaces belong to one name.
    if (/[^ \u00a0\u202f]/.test(text.slice(i ? (p[i - 1] as Piece).end : end, cur.start))) break;
    if (ACRONYM.test(cur.text)) {
      acronym = cur.text.slice(1, -1);
      i++;
      continue;
    }
    if (isAdjective(b, cur.text)) {
      out = cur.end;
      i++;
      // German puts the noun after its adjective: "Verband kommunaler Unternehmen".
      const noun = p[i];
      if (b.compounds && noun && /^\p{Lu}\p{Ll}/u.test(noun.text) && text.slice(cur.end, noun.start) === ' ') {
        out = noun.end;
        i++;
      }
      continue;
    }
    const n = ofGroup(b, p, i);
    if (!n) break;
    out = (p[i + n - 1] as Piece).end;
    i += n;
  }
  return { end: out, ...(acronym ? { acronym } : {}) };
}

const escapeRegex = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = new WeakMap<Bodies, { headBefore: RegExp; article: RegExp }>();

/** The lexicon's patterns, built once per lexicon: a head noun a name is "of", and a leading article. */
function patternsOf(b: Bodies) {
  const known = PATTERNS.get(b);
  if (known) return known;
  const ofs = [...b.of].sort((x, y) => y.length - x.length).map(escapeRegex);
  const dets = b.determiners.map(escapeRegex);
  const made = {
    headBefore: new RegExp(
      `(\\p{Lu}[\\p{L}-]+)((?:[ \u00a0]\\p{Ll}[\\p{Ll}-]+){0,2})[ \u00a0](?:${ofs.join('|')})(?:[ \u00a0]|(?<=['’]))(?:(?:${dets.join('|')})(?:[ \u00a0]|(?<=['’])))?$`,
      'u',
    ),
    article: new RegExp(`^(?:${dets.join('|')})(?:\\s+|(?<=['’]))`, 'iu'),
  };
  PATTERNS.set(b, made);
  return made;
}

/**
 * How many characters before `start` belong to a head noun the name is "of": "Manche" in "la Confédération
 * paysanne de la Manche", "Quality" in "Department of Environmental Quality" (when the finder stopped short).
 */
function headBefore(text: string, b: Bodies, start: number): number {
  // The pattern ends on a space or an apostrophe: any other character before `start` spares its tries at every
  // position of the window.
  const last = text.charCodeAt(start - 1);
  if (last !== 32 && last !== 0xa0 && last !== 39 && last !== 0x2019) return 0;
  const before = text.slice(Math.max(0, start - 80), start);
  const re = patternsOf(b).headBefore;
  const m = re.exec(before);
  if (!m?.[1] || !inSet(b, b.heads, m[1].toLowerCase())) return 0;
  const adjectives = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
  return adjectives.every((w) => isAdjective(b, w)) ? m[0].length : 0;
}

/** Whether the last word of a name is an organisation's head ("Fédération", "Verband", "Department"). */
export function endsOnHead(b: Bodies, name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).at(-1) ?? '';
  return inSet(b, b.heads, last);
}

/** The whole name the words at [start, end) begin or end, as the page writes it (acronyms left out). */
export function fullBodyName(text: string, b: Bodies, start: number, end: number): BodyName {
  let s = start;
  let e = end;
  // Both runs join names with an ampersand: where none is near, neither pattern is tried at every position.
  const from = Math.max(0, s - 80);
  const left = text.lastIndexOf('&', s - 1) >= from ? CAPITAL_RUN.exec(text.slice(from, s)) : null;
  if (left) s -= left[0].length;
  else s -= headBefore(text, b, s);
  const amp = text.indexOf('&', e);
  const right = amp >= 0 && amp < e + 80 ? AMPERSAND_TAIL.exec(text.slice(e, e + 80)) : null;
  if (right) e += right[0].length;
  let acronym: string | undefined;
  if (endsOnHead(b, text.slice(s, e))) {
    const tail = nameTail(text, b, e);
    e = tail.end;
    acronym = tail.acronym;
  }
  // "la Fédération …": the article is no part of the name.
  const det = patternsOf(b).article.exec(text.slice(s, e));
  if (det && det[0].length < e - s) s += det[0].length;
  const name = text
    .slice(s, e)
    .replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/gu, '')
    .replace(/\s+/g, ' ');
  return { name, start: s, end: e, ...(acronym ? { acronym } : {}) };
}
