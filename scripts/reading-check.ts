/**
 * Reads a page of the reading corpus (tests/fixtures/reading) as the extract CLI does and measures what
 * the page itself says should happen: how much of the marked article's text was read, whether the root
 * fell in a footer, and which marked people are real (the page lists them in a meta tag). Run directly,
 * it prints these per page and the corpus's people precision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage } from '../lib/page/dom/analyze';
import { parseHtml } from './extract';

/** What reading one corpus page gave, against what the page says it should give. */
export interface ReadingCheck {
  file: string;
  /** Share of the words of the article (the element marked data-expect="article") found in the text read. */
  readShare: number;
  rootInFooter: boolean;
  /** Names of the people the page would mark. */
  marked: string[];
  /** Names the page says are real people. */
  expected: string[];
  /**
   * Real people the page may mark or not (meta onrecord-maybe-people): players in a line-up, names in a table,
   * where leaving them out is no fault and marking them is no error.
   */
  maybe: string[];
  /**
   * Words of the article the detector is known to mark as people wrongly (meta onrecord-detect-errors): a
   * detection fault, not a reading one, listed so the corpus keeps testing reading while detection catches up.
   */
  detectErrors: string[];
  /**
   * Real people of the article the detector is known to miss (meta onrecord-detect-misses): named without a
   * title, given name or cue it knows; listed like detectErrors, so the corpus keeps testing reading.
   */
  detectMisses: string[];
  /** The article's text (the element marked data-expect="article", less its furniture), whitespace collapsed. */
  articleText: string;
  /** Statements found (terms left out), and the fewest the page says it holds (meta onrecord-expect-quotes). */
  quotes: number;
  expectQuotes: number;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The article's own text: furniture inside it (a related card, an ad slot, a sign-up box, each marked
 * data-expect="furniture") is no part of what a reader came for, so its words are not asked for.
 */
const BLOCKS = 'p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, td, th, tr, section, blockquote, figcaption';

function articleText(article: Element | null): string {
  if (!article) return '';
  const copy = article.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[data-expect="furniture"]')) el.remove();
  // Blocks are apart on the page ("Athletic" heading, "1" shirt number), which textContent would glue together.
  for (const el of copy.querySelectorAll(BLOCKS)) el.append(' ');
  return copy.textContent ?? '';
}

/** Reads one corpus page and checks it. */
export function checkReading(file: string): ReadingCheck {
  const doc = parseHtml(readFileSync(file, 'utf8'));
  const page = analyzePage(doc);
  const article = doc.querySelector('[data-expect="article"]');
  const text = articleText(article);
  const want = words(text);
  const have = new Set(words(page.text));
  const found = want.filter((w) => have.has(w)).length;
  const listed = (name: string) =>
    (doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '').split('|').filter(Boolean);
  return {
    file,
    readShare: want.length ? found / want.length : 0,
    rootInFooter: !!page.root.closest('footer, [role="contentinfo"], .site-footer'),
    marked: page.detection.people.filter((p) => p.kind === 'person').map((p) => p.name),
    expected: listed('onrecord-expect-people'),
    maybe: listed('onrecord-maybe-people'),
    detectErrors: listed('onrecord-detect-errors'),
    detectMisses: listed('onrecord-detect-misses'),
    articleText: text.replace(/\s+/g, ' '),
    quotes: page.detection.quotes.filter((q) => q.kind !== 'term').length,
    expectQuotes: Number(doc.querySelector('meta[name="onrecord-expect-quotes"]')?.getAttribute('content') ?? 0),
  };
}

/** The corpus pages, by file name. */
export function corpusFiles(dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'reading')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let marked = 0;
  let real = 0;
  for (const file of corpusFiles(process.argv[2])) {
    const c = checkReading(file);
    const wrong = c.marked.filter((n) => !c.expected.includes(n) && !c.maybe.includes(n));
    const missed = c.expected.filter((n) => !c.marked.includes(n));
    marked += c.marked.length;
    real += c.marked.length - wrong.length;
    console.log(
      `${file.split('/').pop()!.padEnd(26)} read ${c.readShare.toFixed(2)}  footer ${c.rootInFooter ? 'yes' : 'no '}  quotes ${c.quotes}/${c.expectQuotes}  people ${c.marked.length - wrong.length}/${c.marked.length} real of ${c.expected.length}${wrong.length ? `  not people: ${wrong.join(' | ')}` : ''}${missed.length ? `  missed: ${missed.join(' | ')}` : ''}`,
    );
  }
  console.log(
    `people precision ${marked ? (real / marked).toFixed(3) : '1.000'} (${real} of ${marked} marked are real people)`,
  );
}
