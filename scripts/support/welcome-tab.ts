/**
 * OnRecord opens its welcome page in a new tab when it is installed. Most tests start from a fresh install and
 * expect the browser's own first tab to be the active one: they close the welcome tab as the launch ends.
 */
import { existsSync } from 'node:fs';
import { pollUntil } from './driver';

/** A tab as both playwright-core and puppeteer-core pages offer it. */
export interface WelcomeCandidate {
  url(): string;
  close(): Promise<void>;
  evaluate<R>(fn: () => R): Promise<R>;
}

const WELCOME_URL = /^(chrome|moz)-extension:\/\/[^/]+\/welcome\.html/;

/**
 * The tabs showing OnRecord's welcome page. Puppeteer's Firefox pages keep reporting about:blank after the
 * browser itself opened an extension page in them, so those are asked for their address.
 */
export async function welcomeTabs<T extends WelcomeCandidate>(tabs: T[]): Promise<T[]> {
  const hrefs = await Promise.all(
    tabs.map((tab) =>
      tab.url() === 'about:blank' ? tab.evaluate(() => location.href).catch(() => tab.url()) : tab.url(),
    ),
  );
  return tabs.filter((_, i) => WELCOME_URL.test(hrefs[i] ?? ''));
}

/** Waits for the welcome tab a fresh install opens and closes it; returns how many it closed (0 after `timeoutMs`). */
export async function closeWelcomeTab(tabs: () => Promise<WelcomeCandidate[]>, timeoutMs = 15_000): Promise<number> {
  const { value: found } = await pollUntil(
    async () => welcomeTabs(await tabs().catch(() => [])),
    (welcome) => welcome.length > 0,
    timeoutMs,
    100,
  );
  for (const tab of found) await tab.close().catch(() => undefined);
  return found.length;
}

/** Whether an unpacked build has a welcome page to open (the suite's test extensions do not). */
export const hasWelcomePage = (extensionDir: string): boolean => existsSync(`${extensionDir}/welcome.html`);
