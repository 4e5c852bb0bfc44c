/**
 * Probes of the fact-check stories, run inside the card frame and the popup of a browser started with
 * `launchWithExtension` (support/extension-browser.ts); those that wait are built by `inPage`
 * (support/probe-kit.ts).
 */
import { inPage } from './support/probe-kit';

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
export const saveFactChecksInPopup = inPage(async ({ wait }): Promise<{ line: string; result: string }> => {
  const button = await wait(() => document.querySelector<HTMLButtonElement>('button.save-fact-checks'), 'Save');
  const line = button.parentElement?.textContent?.trim() ?? '';
  button.click();
  const result = await wait(
    () => document.querySelector('.page-fact-checks [role="status"]')?.textContent?.trim(),
    'the save result',
  );
  return { line, result };
});

/** Runs in the popup: the *Keep fact-checks I read* switch once drawn, and the page's fact-check line. */
export const readKeepSwitch = inPage(
  ({ wait }): Promise<{ keep: boolean; line: string }> =>
    wait(() => {
      const input = document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
      const line = document.querySelector('.page-fact-checks .note')?.textContent?.trim() ?? '';
      return input && line ? { keep: input.checked, line } : null;
    }, 'the fact-check lines'),
);

/** Runs in the popup: switches *Keep fact-checks I read* on and waits until the popup reads it back as on. */
export const turnKeepOn = inPage(async ({ wait }): Promise<boolean> => {
  const find = () => document.querySelector<HTMLInputElement>('.page-fact-checks input[role="switch"]');
  (await wait(find, 'the Keep switch')).click();
  return wait(() => find()?.getAttribute('aria-checked') === 'true', 'the switch on').catch(() => false);
});

/** Runs in an extension page: the library's reviews (verdict and fact-checker) and its people's names and links. */
export const readLibraryReviews = inPage(
  async ({
    readAll,
  }): Promise<{ reviews: { verdict: string; reviewer: string }[]; people: { name: string; links: string[] }[] }> => {
    type Stored = { rating: { alternateName: string }; reviewer: { name: string } };
    // A review is a row of its own, or kept inside its statement's row (schema version 8).
    const rows = await readAll<Stored>('reviews');
    const inside = (await readAll<{ reviews?: Stored[] }>('statements')).flatMap((s) => s.reviews ?? []);
    const reviews = [...rows, ...inside];
    const people = await readAll<{ name: string; links?: string[] }>('people');
    return {
      reviews: reviews.map((r) => ({ verdict: r.rating.alternateName, reviewer: r.reviewer.name })),
      people: people.map((p) => ({ name: p.name, links: p.links ?? [] })),
    };
  },
);
