/**
 * The subscription story of issue #17, the same in Chromium and Firefox ESR, driven through the manager's own
 * controls: every step runs in the manager page (self-contained functions, as both drivers serialise them).
 */
import { pollUntil } from '@/scripts/support/driver';
import type { ExtensionBrowser } from './support/extension-browser';
import { inPage } from './support/probe-kit';

/** The manager page, as either driver evaluates in it. */
export interface ManagerPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** A stored record, read straight from the library (IndexedDB in the extension origin). */
export interface StoredRecord {
  id: string;
  text: string;
  origin: string | null;
}

/** Every person and statement the library holds, with its origin. */
export const readLibrary = inPage(
  async ({ readAll }): Promise<{ people: StoredRecord[]; statements: StoredRecord[] }> => {
    const shape = (r: Record<string, unknown>, field: string): StoredRecord => ({
      id: String(r.id),
      text: String(r[field]),
      origin: typeof r.origin === 'string' ? r.origin : null,
    });
    const [people, statements] = await Promise.all([readAll('people'), readAll('statements')]);
    return { people: people.map((p) => shape(p, 'name')), statements: statements.map((s) => shape(s, 'text')) };
  },
);

/** Runs in the popup: its text, once the page's state is drawn and the background had time to answer. */
const settledPopupText = inPage(async ({ wait, pause }): Promise<string> => {
  await wait(() => document.querySelector('main.popup'), 'the popup', 100).catch(() => null);
  await pause(1_000);
  return document.querySelector('main.popup')?.textContent ?? '';
});

/** Types the address into "Pack address" and presses the section's Subscribe. */
export const askToSubscribe = (url: string): string => {
  const section = document.querySelector('section.subscriptions');
  const label = [...(section?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.includes('Pack address'));
  const input = label?.querySelector('input');
  const button = [...(section?.querySelectorAll('form button') ?? [])].find(
    (b) => b.textContent?.trim() === 'Subscribe',
  ) as HTMLButtonElement | undefined;
  if (!input || !button) return 'no Pack address field or Subscribe button';
  input.value = url;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  button.click();
  return 'ok';
};

/** What the subscribe dialog shows now, or null when there is none. */
export const readDialog = () => {
  const dialog = document.querySelector('dialog');
  if (!dialog) return null;
  return {
    open: dialog.open,
    modal: dialog.matches(':modal'),
    title: dialog.querySelector('h2')?.textContent ?? '',
    text: dialog.textContent?.replace(/\s+/g, ' ') ?? '',
    canConfirm: [...dialog.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Subscribe'),
    focusInside: dialog.contains(document.activeElement),
  };
};

/** Presses the dialog's own Subscribe. */
export const confirmSubscribe = (): boolean => {
  const button = [...(document.querySelector('dialog')?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === 'Subscribe',
  );
  button?.click();
  return button !== undefined;
};

/** Presses the dialog's Cancel. */
export const cancelDialog = (): boolean => {
  const button = [...(document.querySelector('dialog')?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === 'Cancel',
  );
  button?.click();
  return button !== undefined;
};

/** The subscription rows and the section's last message. */
export const readSection = () => {
  const section = document.querySelector('section.subscriptions');
  const rows = [...(section?.querySelectorAll('li.subscription') ?? [])].map((li) => {
    const fact = (key: string) => li.querySelector(`.fact-${key} dd`)?.textContent ?? '';
    return {
      title: li.querySelector('h3')?.textContent ?? '',
      records: fact('records'),
      checked: fact('checked'),
      changed: fact('changed'),
      key: fact('key'),
      error: li.querySelector('.subscription-error')?.textContent ?? '',
      busy: [...li.querySelectorAll('button')].some((b) => b.disabled),
    };
  });
  const message = section?.querySelector(':scope > [role="status"], :scope > [role="alert"]');
  const seen = (window as unknown as { messagesSeen?: number }).messagesSeen ?? 0;
  return { rows, message: message?.textContent ?? '', alert: message?.getAttribute('role') === 'alert', seen };
};

/**
 * Counts the section's message lines as they are drawn: each request draws its line afresh, so the count tells
 * a new answer from the last one even when both read the same.
 */
export const watchMessages = (): number => {
  const w = window as unknown as { messagesSeen?: number; messageWatch?: MutationObserver };
  const section = document.querySelector('section.subscriptions');
  if (!w.messageWatch && section) {
    w.messagesSeen = 0;
    w.messageWatch = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement && node.matches('[role="status"], [role="alert"]'))
            w.messagesSeen = (w.messagesSeen ?? 0) + 1;
    });
    w.messageWatch.observe(section, { childList: true });
  }
  return w.messagesSeen ?? 0;
};

/** Presses a row's button by its visible words (Update now, Unsubscribe). */
export const pressRowButton = (label: string): boolean => {
  const button = [...document.querySelectorAll('li.subscription button')].find(
    (b) => b.textContent?.trim() === label,
  ) as HTMLButtonElement | undefined;
  button?.click();
  return button !== undefined;
};

/** Presses Undo in the manager's toast. */
export const pressToastUndo = (): boolean => {
  const button = [...document.querySelectorAll('.toast button')].find((b) => b.textContent?.trim() === 'Undo') as
    | HTMLButtonElement
    | undefined;
  button?.click();
  return button !== undefined;
};

/** Whether the manager's list shows a statement with these words. */
export const listsStatement = (words: string): boolean =>
  [...document.querySelectorAll('li.statement blockquote')].some((q) => q.textContent?.includes(words));

/** Polls the manager page until `done` holds, failing with what it last saw. */
export async function waitIn<A, R>(
  page: ManagerPage,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  done: (value: R) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<R> {
  const seen = await pollUntil(() => page.evaluate(fn, arg), done, timeoutMs, 100);
  if (!seen.ok) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(seen.value)}`);
  return seen.value;
}

/** The popup's text once settled, read in a popup tab of its own (opened for no page tab). */
export async function popupTextIn(browser: Pick<ExtensionBrowser, 'openExtensionTab'>): Promise<string> {
  const popup = await browser.openExtensionTab('popup.html');
  try {
    return await popup.evaluate(settledPopupText, undefined);
  } finally {
    await popup.close();
  }
}

/** Presses the row's Unsubscribe and waits for the row to go. */
export async function pressUnsubscribe(page: ManagerPage): Promise<void> {
  if (!(await page.evaluate(pressRowButton, 'Unsubscribe'))) throw new Error('no Unsubscribe button');
  await waitIn(page, readSection, undefined, (s) => s.rows.length === 0, 'the row to go');
}

/** Unsubscribes and waits until the library holds no subscribed record; returns the library then. */
export async function unsubscribeAll(page: ManagerPage): Promise<Awaited<ReturnType<typeof readLibrary>>> {
  await pressUnsubscribe(page);
  const done = (l: Awaited<ReturnType<typeof readLibrary>>) => l.statements.every((s) => s.origin === null);
  return waitIn(page, readLibrary, undefined, done, 'the subscribed records to go');
}

/** Presses Update now and waits for the section's message that the check ended. */
export async function updateNow(page: ManagerPage): Promise<ReturnType<typeof readSection>> {
  const before = { seen: await page.evaluate(watchMessages, undefined) };
  if (!(await page.evaluate(pressRowButton, 'Update now'))) throw new Error('no Update now button');
  return waitIn(
    page,
    readSection,
    undefined,
    (s) => s.seen > before.seen && s.message !== '' && !s.rows.some((r) => r.busy),
    'the end of Update now',
    90_000,
  );
}
