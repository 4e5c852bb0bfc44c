/**
 * Fact-checks read where they are published, in real Chromium and Firefox ESR with the built extension: a
 * fact-check page of our own carries a JSON-LD ClaimReview (in a @graph); the popup says the page fact-checks one
 * claim and *Save to my record* stores it; a news page quoting the claim reworded then shows the rating words,
 * the fact-checker's name and the link on the card, and a quote of the same speaker on another topic shows none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFactChecks, saveFactChecksInPopup } from './factcheck-probes';
import { hoverQuoteCard } from './support/card-hover';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const CHECK = 'factcheck/check-roe.html';
const NEWS = 'factcheck/roe-jobs.html';

describe.each(EXTENSION_BROWSERS)('a fact-check page saved from the popup, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  const hoverQuote = (opening: string) =>
    hoverQuoteCard(run.browser, `${run.server.url}${NEWS}`, { opening, speaker: 'Jane Roe' }, readFactChecks);

  beforeAll(async () => {
    await run.browser.driver.open(`${run.server.url}${CHECK}`);
    const saved = await run.browser.inPopup(saveFactChecksInPopup);
    expect(saved.line).toContain('This page fact-checks 1 claim');
    expect(saved.result).toBe('Fact-checks saved to your record: 1');
  }, 90_000);

  it('shows the rating words, the fact-checker and the link on the reworded quote', async () => {
    const card = await hoverQuote('Last year we brought unemployment');
    expect(card?.text).toContain('Half true');
    expect(card?.text).toContain('Harbour Facts');
    expect(card?.links).toEqual(['https://harbour-facts.example/roe-unemployment']);
  });

  it('shows no verdict on a quote of the same speaker on another topic', async () => {
    const card = await hoverQuote('We will open three new libraries');
    expect(card?.text).toBe('');
  });
});
