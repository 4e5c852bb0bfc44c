/**
 * *Keep fact-checks I read*, in real Chromium and Firefox ESR with the built extension: while the switch is off
 * (the default) opening a fact-check page of our own stores nothing; switched on in the popup, opening the page
 * again stores its ClaimReview (and the claimant's sameAs link) without *Save to my record* being pressed.
 */
import { describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { readKeepSwitch, readLibraryReviews, turnKeepOn } from './factcheck-probes';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const CHECK = 'factcheck/check-roe.html';

describe.each(EXTENSION_BROWSERS)('Keep fact-checks I read, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);
  const library = () => run.browser.inManager(readLibraryReviews, undefined);

  it('stores nothing from a fact-check page while the switch is off, as it is by default', async () => {
    await run.browser.driver.open(`${run.server.url}${CHECK}`);
    // The popup reading the page's ClaimReview shows the content script has read the page and answered.
    const popup = await run.browser.inPopup(readKeepSwitch);
    expect(popup.keep).toBe(false);
    expect(popup.line).toContain('This page fact-checks 1 claim');
    // Long enough for the page's message to have reached the background and been turned down.
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await library()).reviews).toEqual([]);
  });

  it('stores the page fact-check on reading once switched on, without Save', async () => {
    expect(await run.browser.inPopup(turnKeepOn)).toBe(true);
    await run.browser.driver.open(`${run.server.url}${CHECK}?again`);
    const stored = await pollUntil(library, (l) => l.reviews.length > 0, 20_000, 500);
    expect(stored.ok, JSON.stringify(stored.value)).toBe(true);
    expect(stored.value.reviews).toEqual([{ verdict: 'Half true', reviewer: 'Harbour Facts' }]);
    // The library also holds the starter pack's people; the claimant is one more, with her sameAs link.
    expect(stored.value.people.filter((p) => p.name === 'Jane Roe')).toEqual([
      { name: 'Jane Roe', links: ['https://saltmere.example/mayor'] },
    ]);
  });
});
