/**
 * The interface follows the browser's language, in real Chromium and real Firefox ESR set to French: the
 * highlight's spoken description, the card's headings and dates, and the popup read in French. English runs
 * are every other e2e test (the browsers default to English).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../../scripts/support/driver';
import { nonLocalRequests } from '../../scripts/support/proxy';
import { HOVERED_OPENING, SEED_PAGE } from '../../scripts/support/seed-story';
import { storyBrowsersIn } from './support/browsers';
import { useProxiedBrowser } from './support/extension-browser';

/** Words the French catalogue gives, read off the screen; English words must be gone. */
const FRENCH_CARD = [/Déjà dit/i, /19 févr\. 2022/];
const FRENCH_POPUP = [/Ouvrir la bibliothèque/, /OnRecord sur tous les sites/, /\d+ citations? ici/];

describe.each(storyBrowsersIn('fr'))('OnRecord in French in $name', ({ start }) => {
  const run = useProxiedBrowser(start);

  beforeAll(async () => {
    await run.driver.open(`${run.server.url}${SEED_PAGE}`);
  });

  it('describes a quote highlight to screen readers in French', async () => {
    const described = await pollUntil(
      () =>
        run.driver.evaluate(
          () => document.querySelector('[data-onrecord="quote"][aria-description]')?.getAttribute('aria-description'),
          undefined,
        ),
      (d) => !!d,
      15_000,
    );
    expect(described.value).toMatch(/^Citation OnRecord\s:\ssa fiche s'ouvre au focus/);
  });

  it('shows the card’s headings and dates in French', async () => {
    const selector = await run.driver.evaluate((opening) => {
      const quote = [...document.querySelectorAll('[data-onrecord="quote"]')].find((q) =>
        q.textContent?.trim().startsWith(opening),
      );
      return quote ? `[data-onrecord="quote"][data-onrecord-id="${quote.getAttribute('data-onrecord-id')}"]` : null;
    }, HOVERED_OPENING);
    expect(selector, `a quote starting "${HOVERED_OPENING}"`).not.toBeNull();
    await run.driver.hoverAway();
    await run.driver.hover(selector ?? '');
    const card = await pollUntil(
      async () => (await run.driver.cardText()) ?? '',
      (text) => FRENCH_CARD.every((p) => p.test(text)),
      10_000,
    );
    for (const pattern of FRENCH_CARD) expect(card.value, `card text:\n${card.value}`).toMatch(pattern);
    expect(card.value).not.toMatch(/Said before|19 Feb 2022/);
  });

  it('shows the popup in French', async () => {
    const text = await run.driver.popupText((t) => FRENCH_POPUP.every((p) => p.test(t)));
    for (const pattern of FRENCH_POPUP) expect(text, `popup text:\n${text}`).toMatch(pattern);
    expect(text).not.toMatch(/Open library/);
  });

  it('made no request beyond localhost', () => {
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
