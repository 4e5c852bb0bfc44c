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
/** Runs in the popup: the *Keep fact-checks I read* switch once drawn, and the page's fact-check line. */
export const readKeepSwitch = async (): Promise<{ keep: boolean; line: string }> => {
  for (let i = 0; i < 200; i++) {
    const input = document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
    const line = document.querySelector('.page-fact-checks .note')?.textContent?.trim() ?? '';
    if (input && line) return { keep: input.checked, line };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting for the fact-check lines');
};

/** Runs in the popup: switches *Keep fact-checks I read* on and waits until the popup reads it back as on. */
export const turnKeepOn = async (): Promise<boolean> => {
  const find = () => document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
  for (let i = 0; i < 200 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  find()?.click();
  for (let i = 0; i < 200; i++) {
    if (find()?.getAttribute('aria-checked') === 'true') return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};

/** Runs in an extension page: the library's reviews (verdict and fact-checker) and its people's names and links. */
export const readLibraryReviews = (): Promise<{
  reviews: { verdict: string; reviewer: string }[];
  people: { name: string; links: string[] }[];
}> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('onrecord');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['reviews', 'people'], 'readonly');
      const reviews = tx.objectStore('reviews').getAll();
      const people = tx.objectStore('people').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({
          reviews: reviews.result.map((r) => ({ verdict: r.rating.alternateName, reviewer: r.reviewer.name })),
          people: people.result.map((p) => ({ name: p.name, links: p.links ?? [] })),
        });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
