/**
 * Reads each quotation mark in context and says whether it can open or close a quotation, or is an
 * apostrophe. Straight marks are judged by their neighbours, curly and guillemet marks by direction.
 */

/** Which level a mark works at: double marks (and their equivalents) or single marks nested inside them. */
export type MarkLevel = 'double' | 'single';

/** One quotation mark as read in its context. */
export interface Mark {
  pos: number;
  char: string;
  level: MarkLevel;
  canOpen: boolean;
  canClose: boolean;
}

const DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\uff02\u301d\u301e';
const SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a";
// Marks that only ever open or only ever close (German „ and ‚ open; their closers are “ and ‘).
const OPENERS = '\u201e\u201a\u00ab\u2039\u300c\u300e\u301d';
const CLOSERS = '\u00bb\u203a\u300d\u300f\u301e';
const LETTER = /[\p{L}\p{N}]/u;
const WORD_BEFORE_OPEN = /[\s([{\u2014\u2013/-]/;
// Elisions that start with an apostrophe: 'em, 'til, 'cause, 'tis, rock 'n' roll, '90s.
const ELISION = /^(?:em|til|cause|tis|twas|n|s|\d\ds?)(?![\p{L}])/iu;

// Words that may follow a closing quote directly; any other lower-case word after "s'" makes it a possessive.
const AFTER_CLOSE = new Set(
  'and or but as he she it they we i you his her their its the a an to of in on at for by with from that which who than then while when because after before said says say told tells added adds asked wrote writes according'.split(
    ' ',
  ),
);

/** True when "s'" at `pos` is a plural possessive: a lower-case noun follows at once ("the students' union"). */
function isPluralPossessive(text: string, pos: number): boolean {
  const m = /^ (\p{Ll}+)/u.exec(text.slice(pos + 1, pos + 24));
  const word = m?.[1];
  return !!word && !AFTER_CLOSE.has(word) && !/(?:ed|ing)$/.test(word);
}

/** True when `ch` is any quotation mark this module reads. */
export function isQuoteChar(ch: string): boolean {
  return DOUBLE.includes(ch) || SINGLE.includes(ch);
}

/** Classifies the mark at `pos` in `text`, or returns null for an apostrophe. */
export function readMark(text: string, pos: number): Mark | null {
  const ch = text[pos];
  if (ch === undefined) return null;
  const level: MarkLevel = DOUBLE.includes(ch) ? 'double' : 'single';
  const before = text[pos - 1] ?? ' '; // the start of the text stands as a space
  const after = text[pos + 1] ?? ' ';
  const letterBefore = LETTER.test(before);
  const letterAfter = LETTER.test(after);
  if (level === 'single' && ch !== '\u2018' && ch !== '\u201a' && letterBefore && letterAfter) return null; // don't, Kyiv's
  if (level === 'single' && !letterBefore && ELISION.test(text.slice(pos + 1, pos + 6))) return null; // '90s, 'em
  if (level === 'single' && ch !== '\u2018' && (before === 's' || before === 'S') && isPluralPossessive(text, pos))
    return null; // the students' union
  if (ch === '\u00bb' || ch === '\u00ab') {
    // French writes « … », German and Czech » … «: a guillemet before a word opens, one after a word closes.
    const opens = LETTER.test(after) && !letterBefore;
    const closes = !LETTER.test(after) && (letterBefore || /[.!?,;:)\u2026]/.test(before));
    if (opens || closes) return { pos, char: ch, level, canOpen: opens, canClose: closes };
  }
  if (OPENERS.includes(ch)) return { pos, char: ch, level, canOpen: true, canClose: false };
  if (CLOSERS.includes(ch)) return { pos, char: ch, level, canOpen: false, canClose: true };
  const spaceBefore = pos === 0 || WORD_BEFORE_OPEN.test(before) || isQuoteChar(before);
  const spaceAfter = pos + 1 >= text.length || /\s/.test(after);
  if (ch === '\u201c' || ch === '\u2018') {
    // “ also closes German „…“ quotes; that pairing is decided by the caller.
    return { pos, char: ch, level, canOpen: !spaceAfter || !letterBefore, canClose: true };
  }
  if (ch === '\u201d' || ch === '\u2019') {
    // Curly closers sometimes open (Swedish ”…”, or mistyped); allow it only after a space before a word.
    return { pos, char: ch, level, canOpen: spaceBefore && !spaceAfter, canClose: !spaceBefore || spaceAfter };
  }
  // Straight marks and the rest: direction from the neighbours.
  const canOpen = spaceBefore && !spaceAfter;
  const canClose = !spaceBefore || spaceAfter || !letterAfter;
  return { pos, char: ch, level, canOpen: canOpen || (!spaceBefore && !spaceAfter && !letterBefore), canClose };
}
