/**
 * Save and Choose speaker in the side panel, in real Chromium and Firefox ESR with the built extension: on a
 * page of our own, the attributed quote's entry saves it under its speaker; the quote nobody is named for
 * offers "Choose speaker…", the reader types a new name, and Save then files the quote under that person.
 * The page's DOM learns nothing: the unattributed quote keeps an empty speaker attribute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks } from '@/scripts/support/page-probes';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { PANEL_BROWSERS, type PanelSession, readPanel } from './support/panel-browsers';

const PAGE = 'panel/quay-market.html';
const ATTRIBUTED = 'Every stall on the quay';
const UNATTRIBUTED = 'Bring your own lantern';
const NEW_NAME = 'Mara Quinn';

/** Clicks, in the entry whose quote starts with `opening`, the first button matching `selector` (and text). */
const clickInEntry = (a: { opening: string; selector: string; text?: string }): boolean => {
  const item = Array.from(document.querySelectorAll<HTMLElement>('li.item')).find((li) =>
    (li.querySelector('button.quote')?.textContent ?? '').trim().startsWith(a.opening),
  );
  const button = Array.from(item?.querySelectorAll<HTMLButtonElement>(a.selector) ?? []).find(
    (b) => !b.disabled && (a.text === undefined || (b.textContent ?? '').trim() === a.text),
  );
  button?.click();
  return !!button;
};

/** Types into the speaker search of the entry whose quote starts with `opening`. */
const typeSpeaker = (a: { opening: string; name: string }): boolean => {
  const item = Array.from(document.querySelectorAll<HTMLElement>('li.item')).find((li) =>
    (li.querySelector('button.quote')?.textContent ?? '').trim().startsWith(a.opening),
  );
  const input = item?.querySelector<HTMLInputElement>('input.speaker-search');
  if (!input) return false;
  input.value = a.name;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
};

/** The rendered text of the entry whose quote starts with `opening`. */
const entryText = (opening: string): string => {
  const item = Array.from(document.querySelectorAll<HTMLElement>('li.item')).find((li) =>
    (li.querySelector('button.quote')?.textContent ?? '').trim().startsWith(opening),
  );
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  return item?.innerText ?? '';
};

describe.each(PANEL_BROWSERS)('Save and Choose speaker in the side panel in $name', ({ start }) => {
  let server: StaticServer;
  let session: PanelSession;

  const until = async (fn: () => Promise<boolean>, what: string) => {
    const done = await pollUntil(fn, (ok) => ok, 10_000, 100);
    expect(done.ok, what).toBe(true);
  };
  const click = (opening: string, selector: string, text?: string) =>
    until(
      () => session.inPanel(clickInEntry, { opening, selector, text }),
      `${selector} ${text ?? ''} in "${opening}"`,
    );
  const shows = async (opening: string, words: string) => {
    const seen = await pollUntil(
      () => session.inPanel(entryText, opening),
      (t) => t.includes(words),
      10_000,
      100,
    );
    expect(seen.value).toContain(words);
  };

  beforeAll(async () => {
    server = await startStaticServer();
    session = await start();
    await session.driver.open(`${server.url}${PAGE}`);
    await pollUntil(
      () => session.driver.evaluate(collectMarks, undefined),
      (m) => m.quotes.length >= 2,
      15_000,
    );
    await session.openPanel();
    const listed = await pollUntil(
      () => session.inPanel(readPanel, undefined),
      (p) => p.quotes.length >= 2,
      15_000,
      100,
    );
    expect(listed.ok, JSON.stringify(listed.value)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await session?.driver.close();
    await server?.close();
  });

  it('saves an attributed quote from its entry', async () => {
    await click(ATTRIBUTED, 'button.toggle');
    await click(ATTRIBUTED, 'button.save-button', 'Save quote');
    await shows(ATTRIBUTED, 'Saved to your library under Ruth Calder.');
  }, 60_000);

  it('chooses a new speaker for a quote nobody is named for, then saves it under them', async () => {
    await click(UNATTRIBUTED, 'button.toggle');
    await click(UNATTRIBUTED, 'button.not-speaker', 'Choose speaker…');
    await until(() => session.inPanel(typeSpeaker, { opening: UNATTRIBUTED, name: NEW_NAME }), 'the speaker search');
    await click(UNATTRIBUTED, 'button.speaker-new');
    await click(UNATTRIBUTED, 'button.save-button', 'Save quote');
    await shows(UNATTRIBUTED, `Saved to your library under ${NEW_NAME}.`);
    const marks = await session.driver.evaluate(collectMarks, undefined);
    const mark = marks.quotes.find((q) => q.text.startsWith(UNATTRIBUTED));
    expect(mark?.speaker ?? '').toBe('');
  }, 60_000);
});
