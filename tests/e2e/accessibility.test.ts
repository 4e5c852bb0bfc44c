/**
 * axe-core over every extension page a reader meets, in real Chromium, in the light and the dark scheme: the
 * popup and the side panel for the seed article, the manager with a statement's edit form open and with the
 * subscribe dialog open over its Subscriptions section, the capture window with a selection waiting, the
 * welcome page, and (last, since it subscribes) the manager with a populated subscription list. A serious or critical violation fails the test, named with the elements it was found on.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, tabIdOf } from '@/scripts/support/page-probes';
import { SEED_PAGE } from '@/scripts/support/seed-story';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';

const SIGNED_PACKS = fileURLToPath(new URL('../fixtures/packs/signed/', import.meta.url));

/** What axe reports for one rule, as far as the test uses it. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe (injected over CDP, which the pages' CSP does not block) and keeps the serious and critical. */
async function seriousViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations, passes } = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } })
      .axe;
    const result = await axe.run();
    return { violations: result.violations, passes: result.passes.length };
  })) as { violations: Violation[]; passes: number };
  // Proof axe ran its rules on the page (an empty list alone could mean it checked nothing).
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface Target {
  name: string;
  /** The page's path and query, given the seed tab's id. */
  path: (tabId: number) => string;
  /** Waits until the page shows what is to be checked (and opens what must be open). */
  ready: (page: Page) => Promise<void>;
}

/** The address of a signed pack the subscribe dialog previews, on a server of the test's own (set in beforeAll). */
let packUrl = '';

const TARGETS: Target[] = [
  {
    name: 'popup',
    path: (tab) => `popup.html?tab=${tab}`,
    ready: async (page) => {
      await page.getByText('Wang Yi').first().waitFor({ timeout: 15_000 });
      await page.locator('button.speaker-toggle').first().click();
    },
  },
  {
    name: 'side panel',
    path: (tab) => `sidepanel.html?tab=${tab}`,
    ready: (page) => page.locator('button.quote').first().waitFor({ timeout: 15_000 }),
  },
  {
    name: 'manager with an edit form open',
    path: () => 'manager.html',
    ready: async (page) => {
      await page
        .getByRole('button', { name: /^Edit “/ })
        .first()
        .click({ timeout: 15_000 });
      await page.locator('.panel').waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'manager with the person form and its role rows open',
    path: () => 'manager.html',
    ready: async (page) => {
      await page.getByRole('button', { name: 'New person' }).click({ timeout: 15_000 });
      await page.getByLabel('Title of role 1').waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'manager with the export dialog open',
    path: () => 'manager.html',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Export…' }).click({ timeout: 15_000 });
      await page.getByLabel('Licence').waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'manager with the Subscriptions section and the subscribe dialog open',
    path: () => 'manager.html',
    ready: async (page) => {
      await page.getByLabel('Pack address').fill(packUrl, { timeout: 15_000 });
      await page.locator('section.subscriptions form').getByRole('button', { name: 'Subscribe' }).click();
      const dialog = page.getByRole('dialog');
      // The preview: the pack's details, its key's fingerprint and the dialog's own Subscribe.
      await dialog.getByRole('button', { name: 'Subscribe' }).waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'side panel with an entry open (Save, Relate, Choose speaker)',
    path: (tab) => `sidepanel.html?tab=${tab}`,
    ready: async (page) => {
      await page.locator('button.toggle').first().click({ timeout: 15_000 });
      await page.locator('.context .save, .context .speaker-choice').first().waitFor({ timeout: 10_000 });
    },
  },
  {
    name: 'capture window',
    path: () => 'capture.html#a11y-draft',
    ready: (page) => page.getByLabel('Who said it').waitFor({ timeout: 15_000 }),
  },
  {
    name: 'capture window naming someone new',
    path: () => 'capture.html#a11y-draft-new',
    ready: (page) => page.getByLabel('Name', { exact: true }).waitFor({ timeout: 15_000 }),
  },
  {
    name: 'welcome page',
    path: () => 'welcome.html',
    ready: (page) => page.getByRole('heading', { name: 'Welcome to OnRecord' }).waitFor({ timeout: 15_000 }),
  },
  // Last, as it subscribes for good: the pages above are checked against the reader's own records alone.
  {
    name: 'manager with a populated subscription list',
    path: () => 'manager.html',
    ready: async (page) => {
      const rows = page.locator('section.subscriptions li.subscription');
      await page.getByLabel('Pack address').waitFor({ timeout: 15_000 });
      if ((await rows.count()) === 0) {
        await page.getByLabel('Pack address').fill(packUrl);
        await page.locator('section.subscriptions form').getByRole('button', { name: 'Subscribe' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Subscribe' }).click({ timeout: 30_000 });
      }
      // The row with its facts, its interval menu and its buttons, and the subscribed records in the list.
      await rows.first().getByRole('combobox').waitFor({ timeout: 30_000 });
      await page.locator('section.subscriptions .fact-records dd').first().waitFor({ timeout: 10_000 });
      expect(await rows.count()).toBe(1);
    },
  },
];

describe('accessibility (axe-core, Chromium)', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let packServer: StaticServer;
  let axeSource: string;
  let seedTab: number;

  beforeAll(async () => {
    axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    server = await startStaticServer();
    packServer = await startStaticServer(SIGNED_PACKS);
    packUrl = `${packServer.url}signed.onrecord.json`;
    session = await launchChromium();
    const seed = session.context.pages()[0] ?? (await session.context.newPage());
    await seed.goto(`${server.url}${SEED_PAGE}`, { waitUntil: 'load' });
    await pollUntil(
      () => seed.evaluate(collectMarks),
      (m) => m.quotes.length > 3,
      15_000,
    );
    const tab = await session.worker.evaluate(tabIdOf, seed.url());
    if (tab === undefined) throw new Error('no tab shows the seed page');
    seedTab = tab;
    // Selections waiting to be saved, as the context menu leaves them for the capture window: in session
    // storage, each under its own id. One names nobody (the reader must choose); one names someone new, which
    // opens the name and kind fields.
    const page = { url: `${server.url}${SEED_PAGE}`, title: 'Seed', outlet: 'Newsweek', publishedAt: null };
    for (const [id, speaker] of [
      ['a11y-draft', null],
      ['a11y-draft-new', 'Someone Not Yet Stored'],
    ] as const) {
      await session.worker.evaluate(
        (draft) =>
          (
            globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }
          ).chrome.storage.session.set({ [`onrecord:capture-draft:${draft.id}`]: draft }),
        { id, text: 'Everybody is busy now', page, prefix: '', suffix: '', speaker },
      );
    }
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await packServer?.close();
  });

  const cases = TARGETS.flatMap((target) => (['light', 'dark'] as const).map((scheme) => ({ ...target, scheme })));

  it.each(cases)('$name, $scheme: no serious or critical violation', async ({ path, ready, scheme }) => {
    const page = await session.context.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${session.extensionId}/${path(seedTab)}`, { timeout: 30_000 });
      await ready(page);
      expect(await seriousViolations(page, axeSource)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
