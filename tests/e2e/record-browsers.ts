/**
 * A browser for the record's time and direction story, the same in Chromium and Firefox ESR: the shared page
 * driver, real clicks in the card frame, probes run inside the card frame, and the manager to import, edit and
 * export through its own controls.
 */
import type { Frame as PlaywrightFrame } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import { type FirefoxSession, launchFirefox, openExtensionPage } from './support/firefox';
import { clickCardButton } from './support/firefox-card-click';
import { findCardFrame } from './support/firefox-card-frame';
import { createFirefoxDriver } from './support/firefox-driver';

/** What the story needs besides the shared driver. */
export interface RecordBrowser {
  driver: StoryDriver;
  /** Clicks (a real pointer click) the first button in the card frame whose text starts with `name`. */
  clickInCard(name: string): Promise<void>;
  /** Runs a self-contained function in the card frame; null while there is none. */
  inCard<R>(fn: () => R): Promise<R | null>;
  /** Opens the manager in a tab of its own, runs a self-contained function there, closes it. */
  inManager<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** Chromium through playwright-core. */
export async function recordChromium(): Promise<RecordBrowser> {
  const session: ChromiumSession = await launchChromium();
  const driver = await createChromiumDriver(session);
  const card = (): PlaywrightFrame | undefined =>
    driver.page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
  return {
    driver,
    async clickInCard(name) {
      const frame = card();
      if (!frame) throw new Error('no card frame');
      await frame.locator('button', { hasText: name }).first().click({ timeout: 5_000 });
    },
    async inCard(fn) {
      const frame = card();
      return frame ? await frame.evaluate(fn).catch(() => null) : null;
    },
    async inManager(fn, arg) {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      await m.waitForSelector('input[type="file"]', { timeout: 30_000 });
      try {
        return (await m.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await m.close();
      }
    },
    close: session.close,
  };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
export async function recordFirefox(): Promise<RecordBrowser> {
  const session: FirefoxSession = await launchFirefox();
  const driver = await createFirefoxDriver(session);
  const card = async (): Promise<PuppeteerFrame | null> =>
    (await findCardFrame(driver.page, session.extensionOrigin))?.frame ?? null;
  return {
    driver,
    async clickInCard(name) {
      const frame = await card();
      if (!frame) throw new Error('no card frame');
      await clickCardButton(frame, name, 'prefix');
    },
    async inCard(fn) {
      const frame = await card();
      return frame ? await frame.evaluate(fn).catch(() => null) : null;
    },
    async inManager(fn, arg) {
      const m: PuppeteerPage = await session.browser.newPage();
      await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
      await m.waitForSelector('input[type="file"]', { timeout: 30_000 });
      try {
        return (await m.evaluate(fn as (a: unknown) => unknown, arg)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await m.close();
      }
    },
    close: session.close,
  };
}

/** What the card frame shows of the record, by section. */
export interface RecordSnapshot {
  busy: string | null;
  quote: string;
  onRecord: string;
  before: string;
  since: string;
  sinceOpen: boolean | null;
  saveButton: string;
  saveResult: string;
}

/** Runs inside the card frame: each section's text. */
export const readRecord = (): RecordSnapshot => {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const since = document.querySelector<HTMLDetailsElement>('details.since');
  return {
    busy: document.querySelector('section.card')?.getAttribute('aria-busy') ?? null,
    quote: text('blockquote.quote'),
    onRecord: text('.on-record'),
    before: text('section.earlier'),
    since: since?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    sinceOpen: since ? since.open : null,
    saveButton: text('button.save-button'),
    saveResult: text('.save-result'),
  };
};

/**
 * Runs in the manager: opens the edit form of the statement whose words start with `opening`, changes the one
 * field labelled `label` to `value`, saves, and waits for the manager to confirm.
 */
export const editOneFieldInPage = async (arg: { opening: string; label: string; value: string }): Promise<string> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 300; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const edit = await wait(
    () =>
      [...document.querySelectorAll('button')].find((b) =>
        b.getAttribute('aria-label')?.startsWith(`Edit “${arg.opening}`),
      ),
    'the Edit button',
  );
  edit.click();
  const form = await wait(() => document.querySelector('form.form'), 'the edit form');
  const label = await wait(
    () => [...form.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(arg.label)),
    `the ${arg.label} field`,
  );
  const input = label.querySelector('input, textarea') as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  setter.call(input, arg.value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // The form reads its fields from state, set on the next render: let it render before saving.
  await wait(() => (input.value === arg.value ? true : null), 'the typed value');
  await new Promise((r) => setTimeout(r, 200));
  const save = [...form.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save statement');
  if (!save) throw new Error('no Save statement button');
  save.click();
  return wait(
    () =>
      [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.includes('Statement saved'))
        ?.textContent,
    'the saved message',
  );
};
