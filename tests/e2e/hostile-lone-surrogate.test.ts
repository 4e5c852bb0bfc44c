/**
 * A page quoting words with a lone surrogate (half of a UTF-16 pair) once took the manager down for good: the
 * source link's text fragment threw while drawing. Here a reader saves such a quote from the card, and the
 * manager still draws the library, with the quote's source link, in Chromium and Firefox.
 */
import { describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { clickSaveUntilSaved, hoverUntilSaveOffered } from './support/card-save';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const PAGE = 'hostile/lone-surrogate.html';
const WORDS = 'accept a budget that cuts the pensions';

const managerProbe = () => ({
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  text: document.body?.innerText ?? '',
  links: [...document.querySelectorAll('ul.sources a')].map((a) => a.getAttribute('href') ?? ''),
});

describe.each(EXTENSION_BROWSERS)('a lone surrogate in a quote, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  it('is saved from the card, and the manager still draws the library with its source link', async () => {
    const b = run.browser;
    await b.driver.open(`${run.server.url}${PAGE}`);
    const offered = await hoverUntilSaveOffered(b);
    expect(offered.ok, offered.value).toBe(true);
    // The card takes clicks once it has stayed uncovered for a moment: an early click does nothing.
    const saved = await clickSaveUntilSaved(b);
    expect(saved.ok, saved.value).toBe(true);
    const tab = await b.openExtensionTab('manager.html');
    const { value: manager } = await pollUntil(
      () => tab.evaluate(managerProbe, undefined),
      (x) => x.text.includes(WORDS),
      15_000,
    );
    await tab.close();
    expect(manager.text).toContain('Sura Gate');
    expect(manager.text).toContain(`We will never \uFFFD ${WORDS}`);
    expect(manager.links.some((href) => href.includes('#:~:text=We%20will%20never%20%EF%BF%BD'))).toBe(true);
  }, 120_000);
});
