/**
 * *Keep fact-checks I read*, in real Chromium and Firefox ESR with the built extension: while the switch is off
 * (the default) opening a fact-check page of our own stores nothing; switched on in the popup, opening the page
 * again stores its ClaimReview (and the claimant's sameAs link) without *Save to my record* being pressed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import {
  type FactCheckBrowser,
  factCheckChromium,
  factCheckFirefox,
  readKeepSwitch,
  readLibraryReviews,
  turnKeepOn,
} from './factcheck-browsers';

const CHECK = 'factcheck/check-roe.html';

describe.each([
  ['Chromium', factCheckChromium],
  ['Firefox', factCheckFirefox],
])('Keep fact-checks I read, in %s', (_name, launch) => {
  let server: StaticServer;
  let b: FactCheckBrowser;
  const library = () => b.inManager(readLibraryReviews, undefined);

  beforeAll(async () => {
    server = await startStaticServer();
    b = await launch();
  }, 90_000);

  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('stores nothing from a fact-check page while the switch is off, as it is by default', async () => {
    await b.driver.open(`${server.url}${CHECK}`);
    // The popup reading the page's ClaimReview shows the content script has read the page and answered.
    const popup = await b.inPopup(readKeepSwitch);
    expect(popup.keep).toBe(false);
    expect(popup.line).toContain('This page fact-checks 1 claim');
    // Long enough for the page's message to have reached the background and been turned down.
    await new Promise((r) => setTimeout(r, 2_000));
    expect((await library()).reviews).toEqual([]);
  });

  it('stores the page fact-check on reading once switched on, without Save', async () => {
    expect(await b.inPopup(turnKeepOn)).toBe(true);
    await b.driver.open(`${server.url}${CHECK}?again`);
    const stored = await pollUntil(library, (l) => l.reviews.length > 0, 20_000, 500);
    expect(stored.ok, JSON.stringify(stored.value)).toBe(true);
    expect(stored.value.reviews).toEqual([{ verdict: 'Half true', reviewer: 'Harbour Facts' }]);
    // The library also holds the starter pack's people; the claimant is one more, with her sameAs link.
    expect(stored.value.people.filter((p) => p.name === 'Jane Roe')).toEqual([
      { name: 'Jane Roe', links: ['https://saltmere.example/mayor'] },
    ]);
  });
});
