/**
 * Safe deletes in the real manager, in Chromium and Firefox ESR: deleting a person asks first and says how many
 * statements and relations go with them; the person lands in Recently deleted, out of the library's export; and
 * Restore brings back every statement and relation (the manager's export before and after holds the same
 * records). The page's own buttons are pressed from inside the page, the same way in both browsers.
 */
import { describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { type ComparablePack, comparable, exportPackInPage } from './library-ui';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { inPage } from './support/probe-kit';

/** What the delete question said, what Recently deleted then listed, and whether the person's section went. */
interface DeleteSteps {
  question: string;
  listed: string;
  sectionGone: boolean;
}

/** Presses "Delete person" in `name`'s section, reads the question, confirms, and reads Recently deleted. */
const deletePersonInPage = inPage(async ({ wait }, name: string): Promise<DeleteSteps> => {
  const until = <T>(read: () => T | null | undefined | false) => wait(read, `the manager, for ${name}`);
  const section = () =>
    [...document.querySelectorAll('section.person')].find((s) => s.querySelector('h2')?.textContent?.includes(name));
  const buttonIn = (root: ParentNode, label: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label);
  (await until(() => section() && buttonIn(section()!, 'Delete person'))).click();
  const question = await until(() => document.querySelector('.panel .delete-question')?.textContent);
  (await until(() => buttonIn(document.querySelector('.panel')!, `Delete ${name}`))).click();
  const listed = await until(() => document.querySelector('.recently-deleted')?.textContent);
  await until(() => !section());
  return { question, listed, sectionGone: !section() };
});

/** Presses Restore on the first entry of Recently deleted and waits for the list to empty. */
const restoreInPage = inPage(async ({ wait }): Promise<boolean> => {
  const restore = [...document.querySelectorAll<HTMLButtonElement>('.recently-deleted button')].find(
    (b) => b.textContent === 'Restore',
  );
  if (!restore) return false;
  restore.click();
  return wait(() => document.querySelector('.recently-deleted') === null, 'the emptied list').catch(() => false);
});

/** An extension page both drivers can run a function in. */
interface ManagerTab {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

async function checkSafeDelete(manager: ManagerTab): Promise<void> {
  const before = comparable(await manager.evaluate(exportPackInPage, undefined));
  const wang = before.people.find((p) => (p as { name?: string }).name === 'Wang Yi')!;
  const said = before.statements.filter((s) => (s as { personId?: string }).personId === wang.id).map((s) => s.id);
  const related = before.relations.filter((r) => {
    const { fromId, toId } = r as { fromId?: string; toId?: string };
    return said.includes(fromId ?? '') || said.includes(toId ?? '');
  });
  expect(said.length).toBeGreaterThan(0);
  expect(related.length).toBeGreaterThan(0);
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const goes = `${plural(said.length, 'statement')} and ${plural(related.length, 'relation')}`;

  const steps = await manager.evaluate(deletePersonInPage, 'Wang Yi');
  expect(steps.question).toContain(`Wang Yi goes with ${goes}.`);
  expect(steps.listed).toContain(`Wang Yi, with ${goes}`);
  expect(steps.sectionGone).toBe(true);
  const during: ComparablePack = comparable(await manager.evaluate(exportPackInPage, undefined));
  expect(during.statements.filter((s) => said.includes(s.id))).toEqual([]);

  expect(await manager.evaluate(restoreInPage, undefined)).toBe(true);
  const after = comparable(await manager.evaluate(exportPackInPage, undefined));
  expect(after).toEqual(before);
}

describe('safe deletes', () => {
  it('Chromium: a person delete asks, lands in Recently deleted and restores whole', async () => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/manager.html`, { timeout: 30_000 });
      await page.getByText('Ukraine is no exception').first().waitFor({ timeout: 20_000 });
      await checkSafeDelete(page as unknown as ManagerTab);
    } finally {
      await session.close();
    }
  }, 120_000);

  it('Firefox: a person delete asks, lands in Recently deleted and restores whole', async () => {
    const session = await launchFirefox();
    try {
      const page = await session.browser.newPage();
      await openExtensionPage(page, `${session.extensionOrigin}manager.html`);
      await page.waitForFunction(() => document.body.textContent?.includes('Ukraine is no exception'), {
        timeout: 20_000,
      });
      await checkSafeDelete(page as unknown as ManagerTab);
    } finally {
      await session.close();
    }
  }, 120_000);
});
