import { describe, expect, it } from 'vitest';
import { checkReading, corpusFiles } from '@/scripts/reading-check';

// Each page of tests/fixtures/reading marks its article (data-expect="article") and lists its real people.
const pages = corpusFiles().map((file) => [file.split('/').pop()!, file] as const);

describe('reading corpus, through the analyzePage the extract CLI runs', () => {
  it('has the pages the reading rules are about', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });

  it.each(pages)('%s: most of the article is read, and not from the footer', (_name, file) => {
    const c = checkReading(file);
    expect(c.readShare).toBeGreaterThan(0.9);
    expect(c.rootInFooter).toBe(false);
  });

  it.each(pages)('%s: at least the quotations the page says it holds are found', (_name, file) => {
    const c = checkReading(file);
    expect(c.quotes).toBeGreaterThanOrEqual(c.expectQuotes);
  });

  it.each(pages)('%s: only real people are marked, and all of them', (_name, file) => {
    const c = checkReading(file);
    // A page may list the article's own words the detector marks wrongly, and real people it misses; reading is at
    // fault for anything else.
    const marked = c.marked.filter((n) => !c.detectErrors.includes(n) && !c.maybe.includes(n));
    expect(marked.filter((n) => !c.expected.includes(n))).toEqual([]);
    const missed = c.expected.filter((n) => !marked.includes(n));
    expect(missed.filter((n) => !c.detectMisses.includes(n))).toEqual([]);
  });

  it.each(pages)('%s: a detection error or miss the page lists comes from the article text itself', (_name, file) => {
    const c = checkReading(file);
    for (const name of [...c.detectErrors, ...c.detectMisses]) expect(c.articleText).toContain(name);
  });
});
