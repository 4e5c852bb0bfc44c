/**
 * Probes of the fact-check stories, run inside the card frame and the popup of a browser started with
 * `launchWithExtension` (support/extension-browser.ts).
 */

/** Runs inside the card frame: the fact-check section's text and links, and whether the library answered. */
export const readFactChecks = () => {
  const section = document.querySelector('.fact-checks');
  return {
    busy: document.querySelector('section.card')?.getAttribute('aria-busy') ?? null,
    quote: document.querySelector('blockquote.quote')?.textContent?.trim() ?? '',
    text: section?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    links: [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
  };
};

/** Runs in the popup: waits for the page's fact-check line, presses *Save to my record*, returns both lines. */
export const saveFactChecksInPopup = async (): Promise<{ line: string; result: string }> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const button = await wait(() => document.querySelector<HTMLButtonElement>('button.save-fact-checks'), 'Save');
  const line = button.parentElement?.textContent?.trim() ?? '';
  button.click();
  const result = await wait(
    () => document.querySelector('.page-fact-checks [role="status"]')?.textContent?.trim(),
    'the save result',
  );
  return { line, result };
};
