/**
 * Quote text comparison that ignores what reporting changes without changing the words: curly vs straight
 * marks, dashes, case, punctuation and ellipses, so a page fragment is found inside a stored statement.
 */

/** How many texts' words to remember: every matcher reads every statement of a speaker on every hover. */
const CACHE_SIZE = 20_000;
/**
 * Two generations: when the newer fills it becomes the older and the oldest is dropped whole. Deleting the
 * oldest entry one at a time left holes that every later `keys().next()` walked past, which made reading
 * 100,000 new texts (a fact-check feed, a library's search index) take seconds.
 */
let cache = new Map<string, string>();
let older = new Map<string, string>();

/** Words of a quote, lowercased, accents and punctuation gone, one space apart. */
export function quoteWords(text: string): string {
  const hit = cache.get(text) ?? older.get(text);
  if (hit !== undefined) return hit;
  const words = readWords(text);
  if (cache.size >= CACHE_SIZE) {
    older = cache;
    cache = new Map();
  }
  cache.set(text, words);
  return words;
}

function readWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim();
}

/** Whether `words` (as quoteWords gives them) holds `piece` as whole words, without building new strings. */
export function hasWords(words: string, piece: string): boolean {
  if (piece === '') return false;
  for (let at = words.indexOf(piece); at !== -1; at = words.indexOf(piece, at + 1)) {
    const end = at + piece.length;
    if ((at === 0 || words.charCodeAt(at - 1) === 32) && (end === words.length || words.charCodeAt(end) === 32))
      return true;
  }
  return false;
}

const ELLIPSIS_SPLIT = /\.\.\.|…|\[\s*\.\.\.\s*\]/;
const countWords = (p: string) => {
  let n = 1;
  for (let i = p.indexOf(' '); i !== -1; i = p.indexOf(' ', i + 1)) n++;
  return n;
};

// The pieces of the last shorter text split: a hover compares one page quote with every stored statement.
let lastPieces: { text: string; pieces: string[]; words: number } | null = null;

function piecesOf(text: string): { pieces: string[]; words: number } {
  if (lastPieces?.text === text) return lastPieces;
  const pieces = (ELLIPSIS_SPLIT.test(text) ? text.split(ELLIPSIS_SPLIT).map(quoteWords) : [quoteWords(text)]).filter(
    (p) => p !== '' && countWords(p) >= 2,
  );
  const words = pieces.reduce((n, p) => n + countWords(p), 0);
  const read = { text, pieces, words };
  // Only the page quote's pieces are worth keeping: a stored text is the shorter one once at most.
  if (text.length < 2_000) lastPieces = read;
  return read;
}

/**
 * Whether a page quote is (part of) a stored statement: every ellipsis-separated piece of the shorter text
 * appears in the longer (three words at least), so "Ukraine is no exception." matches a statement that quotes more.
 */
export function sameWords(pageQuote: string, statement: string): boolean {
  const [short, long] = pageQuote.length <= statement.length ? [pageQuote, statement] : [statement, pageQuote];
  const { pieces, words } = piecesOf(short);
  // Fewer than three words ("is no", "Ukraine") are too common to claim a statement.
  if (words < 3) return false;
  const haystack = quoteWords(long);
  return pieces.every((p) => hasWords(haystack, p));
}
