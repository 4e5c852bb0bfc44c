/**
 * A subscription's interval menu and *Copy to my record*, end to end in Chromium and Firefox ESR: changing the
 * interval to weekly shows in the list and in the popup's line about the network; a subscribed statement copied
 * to the reader's own record becomes editable and stays when the subscription goes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchSubscriptionServer } from '@/scripts/support/net-guard';
import { startLoggingProxy } from '@/scripts/support/proxy';
import {
  askToSubscribe,
  confirmSubscribe,
  listsStatement,
  type ManagerPage,
  popupTextIn,
  readDialog,
  readLibrary,
  readSection,
  unsubscribeAll,
  waitIn,
} from './subscriptions-story';
import { EXTENSION_BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/extension-browser';
import { type PackServer, startPackServer } from './support/pack-server';

const QUAY = 'The new quay will be finished by spring.';
const DREDGING = 'Dredging costs will stay under ten million.';
const PACK = {
  format: 'onrecord-pack',
  version: 1,
  meta: { name: 'Harbour desk', author: 'Harbour Desk', licence: 'CC BY 4.0', date: '2026-12-01' },
  people: [{ id: 'ingrid', name: 'Ingrid Halvorsen', aliases: [], roles: [{ title: 'Port commissioner' }] }],
  statements: [
    { id: 'quay', personId: 'ingrid', text: QUAY, date: '2025-03-01', sources: [{ url: 'https://example.org/q' }] },
    { id: 'dredging', personId: 'ingrid', text: DREDGING, date: '2025-05-01' },
  ],
  relations: [],
};

/** Runs in the manager: the interval menu's chosen words for the first subscription. */
const readInterval = (): string => {
  const select = document.querySelector('li.subscription select') as HTMLSelectElement | null;
  return select?.selectedOptions[0]?.textContent ?? '';
};

/** Runs in the manager: picks an interval (in hours) in the first subscription's menu, as a reader would. */
const chooseInterval = (hours: string): boolean => {
  const select = document.querySelector('li.subscription select') as HTMLSelectElement | null;
  if (!select || select.disabled) return false;
  select.value = hours;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
};

/** Runs in the manager: the buttons of the statement row quoting these words. */
const rowButtons = (words: string): string[] => {
  const row = [...document.querySelectorAll('li.statement')].find((li) =>
    li.querySelector('blockquote')?.textContent?.includes(words),
  );
  return [...(row?.querySelectorAll('.row-controls button') ?? [])].map((b) => b.textContent?.trim() ?? '');
};

/** Runs in the manager: the edit buttons of every row quoting these words (one per copy). */
const rowsWithEdit = (words: string): number =>
  [...document.querySelectorAll('li.statement')].filter(
    (li) =>
      li.querySelector('blockquote')?.textContent?.includes(words) &&
      [...li.querySelectorAll('.row-controls button')].some((b) => b.textContent?.trim() === 'Edit'),
  ).length;

/** Runs in the manager: presses *Copy to my record* on the row quoting these words. */
const copyRow = (words: string): boolean => {
  const row = [...document.querySelectorAll('li.statement')].find(
    (li) => li.querySelector('blockquote')?.textContent?.includes(words) && li.querySelector('button.copy-to-mine'),
  );
  const button = row?.querySelector('button.copy-to-mine') as HTMLButtonElement | null | undefined;
  button?.click();
  return Boolean(button);
};

describe.each(EXTENSION_BROWSERS)('subscription layers in %s', (_label, name) => {
  let server: PackServer;
  let browser: ExtensionBrowser;
  let m: ManagerPage;
  let closeProxy: () => Promise<void> = async () => undefined;
  const popupText = () => popupTextIn(browser);
  const ownTexts = async () =>
    (await m.evaluate(readLibrary, undefined)).statements.filter((s) => s.origin === null).map((s) => s.text);

  beforeAll(async () => {
    server = await startPackServer(PACK);
    const proxy = await startLoggingProxy();
    closeProxy = () => proxy.close();
    const watch = watchSubscriptionServer(proxy, server.origin);
    browser = await launchWithExtension(name, { proxyPort: proxy.port });
    m = await browser.openExtensionTab('manager.html');
    await waitIn(m, listsStatement, 'Ukraine is no exception', Boolean, 'the starter pack');
    watch.subscribed();
    expect(await m.evaluate(askToSubscribe, server.packUrl)).toBe('ok');
    await waitIn(m, readDialog, undefined, (d) => d?.canConfirm === true, 'the preview');
    expect(await m.evaluate(confirmSubscribe, undefined)).toBe(true);
    await waitIn(m, readSection, undefined, (s) => s.rows.length === 1, 'the subscription row');
    await waitIn(m, listsStatement, QUAY, Boolean, 'the subscribed statement');
  }, 180_000);

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await closeProxy();
      await server?.close();
    }
  });

  it('changes the interval to weekly: the list says so, the popup line follows', async () => {
    expect(await m.evaluate(readInterval, undefined)).toBe('Every day');
    expect(await popupText()).toContain('Checks 1 subscribed address daily');
    expect(await m.evaluate(chooseInterval, '168')).toBe(true);
    await waitIn(m, readInterval, undefined, (words) => words === 'Every week', 'the weekly interval');
    // The list is drawn from the background's answer: a fresh manager shows the stored interval.
    const fresh = await browser.openExtensionTab('manager.html');
    try {
      const shown = await waitIn(fresh, readInterval, undefined, (w) => w !== '', 'the interval after a reload');
      expect(shown).toBe('Every week');
    } finally {
      await fresh.close();
    }
    const line = await popupText();
    expect(line).toContain('Checks 1 subscribed address, at most every 168 hours');
    expect(line).not.toContain('daily');
  });

  it('copies a subscribed statement to the reader’s record: editable, and it survives unsubscribe', async () => {
    expect(await m.evaluate(rowButtons, QUAY)).toContain('Copy to my record');
    expect(await m.evaluate(rowButtons, QUAY)).not.toContain('Edit');
    expect(await ownTexts()).not.toContain(QUAY);
    expect(await m.evaluate(copyRow, QUAY)).toBe(true);
    await waitIn(m, rowsWithEdit, QUAY, (n) => n === 1, 'an editable copy in the list');
    expect(await ownTexts()).toContain(QUAY);

    const left = await unsubscribeAll(m);
    const texts = left.statements.map((s) => s.text);
    expect(texts.filter((t) => t === QUAY)).toHaveLength(1);
    expect(texts).not.toContain(DREDGING);
    await waitIn(m, listsStatement, DREDGING, (shown) => !shown, 'the subscribed statement to leave the list');
    expect(await m.evaluate(rowsWithEdit, QUAY)).toBe(1);
  });
});
