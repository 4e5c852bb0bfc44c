import { countryOf } from './places';
import { STOP_WORDS } from './stop-words';

/** A named thing a text mentions: a key for comparison and the words as first written, for display. */
export interface Entity {
  key: string;
  label: string;
}

/** Lowercase words allowed inside a capitalised name: "Ministry of Foreign Affairs", "Bank of England". */
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'von', 'al']);

/** Capitalised words that are not names: calendar words and pronoun-like openers. */
const NOT_NAMES = new Set(
  `i january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday`.split(/\s+/),
);

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[.'’-]\p{L}[\p{L}\p{M}\p{N}]*)*\.?/gu;

interface Tok {
  text: string;
  cap: boolean;
  sentenceStart: boolean;
  /** Only spaces since the word before: a comma or a dash ends a name. */
  joined: boolean;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    const sentenceStart = out.length === 0 || /[.!?…:]["'”’]?\s|^\s*["“‘]|[\n]/.test(gap);
    // "U.S." keeps its dots; "countries." loses the full stop that ends the sentence.
    const raw = /^(?:\p{L}\.)+$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, '');
    const word = raw.replace(/['’]s?$/, '');
    out.push({ text: word, cap: /^\p{Lu}/u.test(word), sentenceStart, joined: /^[ \t]+$/.test(gap) });
    // A full stop taken off the word belongs to the gap, where it ends the sentence.
    last = m.index + raw.length;
  }
  return out;
}

/** Lowercase key of a name: accents folded, dots of initialisms dropped at the end, countries unified. */
function keyOf(words: string[]): string {
  const plain = words
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return countryOf(plain) ?? plain;
}

/**
 * The named entities of a text: runs of capitalised words ("Munich Security Conference", "Cold War"),
 * acronyms ("NATO"), single capitalised words inside a sentence ("Beijing"), and countries in any form
 * ("Chinese" -> china), including those inside a longer name. A capitalised word that only opens a
 * sentence counts when it is a country or is capitalised inside a sentence elsewhere in the text: "Sorry"
 * and "Everybody" are not names, "Wang" is when the text names him again.
 */
export function namedEntities(text: string): Entity[] {
  const toks = tokens(text);
  const capitalisedInside = new Set(toks.filter((t) => t.cap && !t.sentenceStart).map((t) => t.text));
  const found = new Map<string, Entity>();
  const add = (words: string[]) => {
    const key = keyOf(words);
    if (key && !found.has(key)) found.set(key, { key, label: words.join(' ') });
  };
  for (let i = 0; i < toks.length; ) {
    const head = toks[i];
    if (!head?.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    const run = [head];
    for (let t = toks[j]; t?.joined && !t.sentenceStart; t = toks[++j]) {
      const next = toks[j + 1];
      if (t.cap) run.push(t);
      else if (CONNECTORS.has(t.text) && next?.cap && next.joined) run.push(t);
      else break;
    }
    // A sentence-opening stop-word ("The", "At") is not part of the name after it.
    const opensWithStopWord = () => {
      const first = run[0]?.text.toLowerCase();
      return first !== undefined && (STOP_WORDS.has(first) || NOT_NAMES.has(first));
    };
    while (opensWithStopWord()) run.shift();
    const words = run.map((t) => t.text);
    const lone = run[0];
    if (words.length > 1) add(words);
    else if (lone) {
      const known = countryOf(lone.text.toLowerCase()) || capitalisedInside.has(lone.text);
      if (known || !lone.sentenceStart || isAcronym(lone.text)) add(words);
    }
    for (const w of words) if (words.length > 1 && countryOf(w.toLowerCase())) add([w]);
    i = j;
  }
  return [...found.values()];
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(word);
}
