/**
 * The round trip of 'page/detect' as the content script makes it: from its own isolated world on a loaded page
 * (reached over the DevTools protocol), the page's article text goes to the background and the detection
 * comes back. Used by `npm run bench:browser` for the seed page.
 */
import type { Page } from 'playwright-core';

/** Milliseconds per round trip, in the order taken (the first may include waking the background). */
export async function detectRoundTrips(page: Page, times = 11): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
    contexts.push(event.context),
  );
  try {
    await cdp.send('Runtime.enable');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const world = contexts.find((c) => !c.auxData?.isDefault && c.origin.startsWith('chrome-extension://'));
    if (!world) throw new Error('no content-script world on the page');
    const expression = `(async () => {
      const root = document.querySelector('article') ?? document.body;
      const payload = { text: root.innerText, blockQuotes: [], lang: document.documentElement.lang || null };
      const out = [];
      for (let i = 0; i < ${times}; i++) {
        const t0 = performance.now();
        const answer = await chrome.runtime.sendMessage({ type: 'page/detect', payload });
        if (!answer?.ok || !answer.result.quotes.length) throw new Error('no detection: ' + JSON.stringify(answer));
        out.push(performance.now() - t0);
      }
      return { out, chars: payload.text.length };
    })()`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: { out: number[]; chars: number } }; exceptionDetails?: { text: string } };
    if (exceptionDetails || !result.value) throw new Error(`round trip failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value.out;
  } finally {
    await cdp.detach();
  }
}
