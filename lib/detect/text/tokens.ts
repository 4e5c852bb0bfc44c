/**
 * Splits text into word tokens with offsets, keeping initials and abbreviations ("R.", "U.S.", "Mr.")
 * whole and separating a possessive "'s" from the name it follows.
 */
import { HONORIFICS } from './lexicon';
import { lower } from './lower';

/** One word of the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The word carried a possessive "'s" (not included in text/end). */
  possessive: boolean;
  /** Position of the token in the list. */
  index: number;
}

// What a word is made of: letters and digits, the marks joining two parts of one word, and the full stop of
// initials ("U.S.") and abbreviations ("Mr."). WORD is written with these, and so is `mayBeInWord`.
const LETTERS = String.raw`\p{L}\p{N}`;
const JOINERS = String.raw`\u2019'\-`;
// A run of letters and digits, ASCII stretches first: the engine tests a plain ASCII range far faster than the
// Unicode classes, above all in the two-byte strings most news pages are (curly quotes). It matches exactly
// what `[\p{L}\p{N}]+` matches, the ASCII ranges being part of those classes.
const RUN = String.raw`(?:[a-zA-Z0-9]+|[${LETTERS}])+`;
const WORD = new RegExp(String.raw`\p{Lu}\.(?:\p{Lu}\.)+|${RUN}(?:[${JOINERS}]${RUN})*\.?`, 'gu');
const WORD_CHARACTER = new RegExp(`[${LETTERS}${JOINERS}.]`, 'u');

const GLUED_PARTICLE = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|d|l|da|de|di|du)[-\u2019']\p{Lu}/u;
const ELIDED = /^\p{L}[\u2019']\p{Ll}/u;
// Italian and French elide longer words too: "All'uscita", "Nell'ordinanza", "Dall'opposizione", "Jusqu'à",
// "Lorsqu'il". Capitalised only because a sentence opens on them, they are no name.
const ELIDED_LONG = /^(?:\p{L}{1,4}l|\p{L}{0,5}qu|Un|Quest|Dov|Aujourd)[\u2019']\p{Ll}/u;
const POSSESSIVE = /[\u2019']s$/;
// French puts the subject pronoun after the verb in a cue: "dit-il", "a-t-elle ajouté". Split it off.
const INVERTED = /^(\p{Ll}+)(?:-t-(?=on)|(?:-t)?-(?!on))(il|elle|ils|elles|on)$/u;

/** Whether some word can hold `char`: where none can, no token runs across it (blanked-tokens relies on it). */
export function mayBeInWord(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

/** True when the word's first letter differs from its lower case: ASCII by code, the rest as before. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0] as string;
  return first !== first.toLowerCase();
}

/** ELIDED needs an apostrophe as the second character: tested before the pattern runs. */
function mayBeElided(word: string): boolean {
  const c = word.charCodeAt(1);
  return c === 39 || c === 0x2019;
}

/** True for a capitalised elided word ("All'uscita", "L'économiste") that is no name: the pattern runs only
 * on words holding an apostrophe. */
function elided(word: string): boolean {
  if (mayBeElided(word)) return ELIDED.test(word);
  return (word.includes("'") || word.includes('\u2019')) && ELIDED_LONG.test(word);
}

// The first letters GLUED_PARTICLE's particles start with (a, b, d, e, i, l): any other word skips the pattern.
const PARTICLE_INITIAL = new Set([97, 98, 100, 101, 105, 108]);

/** GLUED_PARTICLE, run only on words that can match it. */
function mayBeParticle(word: string): boolean {
  return PARTICLE_INITIAL.has(word.charCodeAt(0)) && GLUED_PARTICLE.test(word);
}

/** Tokenises `text` from `from` to `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    // "al-Bashir", "bin-Salman", "d'Estaing": a lower-case particle glued to a capitalised name.
    // "L'économiste", "D'après": an elided article before a lower-case word is not a capitalised name.
    const cap = (startsUpper(word) && !elided(word)) || mayBeParticle(word);
    if (word.charCodeAt(word.length - 1) === 46) {
      const bare = word.slice(0, -1);
      const keep = (cap && bare.length === 1) || bare.includes('.') || HONORIFICS.has(lower(word));
      if (!keep) word = bare;
    }
    let possessive = false;
    if (word.length > 2 && word[word.length - 1] === 's' && POSSESSIVE.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    }
    if (!word) continue;
    // Only a hyphenated word can hold an inverted pronoun; most words skip the pattern.
    const inv = word.includes('-') ? INVERTED.exec(word) : null;
    const verb = inv?.[1];
    const pron = inv?.[2];
    if (verb && pron) {
      const at = m.index + word.length - pron.length;
      out.push({
        text: verb,
        lower: verb,
        start: m.index,
        end: m.index + verb.length,
        cap,
        possessive,
        index: out.length,
      });
      out.push({
        text: pron,
        lower: pron,
        start: at,
        end: at + pron.length,
        cap: false,
        possessive,
        index: out.length,
      });
      continue;
    }
    out.push({
      text: word,
      lower: lower(word),
      start: m.index,
      end: m.index + word.length,
      cap,
      possessive,
      index: out.length,
    });
  }
  return out;
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]; // mid < hi <= tokens.length
    if (t && t.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
