/**
 * Fact-checks imported and shown, in real Chromium and Firefox ESR with the built extension: a ClaimReview
 * DataFeed picked in the manager's one file input, previewed and imported with its Import button; then, with no
 * reload of anything, a news page of our own quoting the claim reworded shows the fact-checkers' rating words and
 * names on the card, and a quote of the same speaker on another topic shows no verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../scripts/support/paths';
import { readFactChecks } from './factcheck-probes';
import { importPackInPage } from './library-ui';
import { hoverQuoteCard } from './support/card-hover';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const FEED_TEXT = readFileSync(join(ROOT_DIR, 'tests/fixtures/factcheck/feed.json'), 'utf8');
const FEED = JSON.parse(FEED_TEXT);
const [FIRST, SECOND] = [FEED.dataFeedElement[0].item[0], FEED.dataFeedElement[1].item];
const PAGE = 'factcheck/roe-jobs.html';

describe.each(EXTENSION_BROWSERS)('an imported fact-check feed, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  const hoverQuote = (opening: string) =>
    hoverQuoteCard(run.browser, `${run.server.url}${PAGE}`, { opening, speaker: 'Jane Roe' }, readFactChecks);

  beforeAll(async () => {
    // The page is open before the import: the card must answer from the library as it is now.
    await run.browser.driver.open(`${run.server.url}${PAGE}`);
    expect(await run.browser.inManager(importPackInPage, FEED_TEXT)).toMatch(
      /^Import done: added 1 person, 1 statement/,
    );
  }, 90_000);

  it('shows the rating words and the fact-checkers verbatim on a reworded quote', async () => {
    const card = await hoverQuote('Last year we brought unemployment');
    for (const part of [
      FIRST.reviewRating.alternateName,
      FIRST.author.name,
      SECOND.reviewRating.alternateName,
      SECOND.author.name,
      FIRST.claimReviewed,
    ])
      expect(card?.text).toContain(part);
    expect(card?.links).toEqual([SECOND.url, FIRST.url]);
  });

  it('shows no verdict on a quote of the same speaker on another topic', async () => {
    const card = await hoverQuote('We will open three new libraries');
    expect(card?.text).toBe('');
  });
});
