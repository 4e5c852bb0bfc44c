/**
 * The library's round trip in real Chromium, through the manager as a reader uses it: create a person and two
 * statements, edit one, search, relate the two, delete one and undo, export, delete everything, import the
 * export, and export again: the second export holds exactly the records of the first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { comparable, exportPackInPage, importPackInPage, wipeInPage } from './library-ui';

const FIRST = 'We will not sign any trade deal that leaves our farmers behind';
const SECOND = 'We are ready to sign the trade deal as it stands';
const NOTE = 'In March she refused the deal over farm tariffs; in June she accepted it unchanged.';

describe('the library round trip in the Chromium manager', () => {
  let session: ChromiumSession;
  let m: Page;
  let exported = '';

  const text = () => m.evaluate(visibleText);
  const waitForText = async (ok: (t: string) => boolean, what: string) => {
    const seen = await pollUntil(text, ok, 10_000, 50);
    expect(seen.ok, `${what}; page text:\n${seen.value}`).toBe(true);
    return seen.value;
  };

  /** The page's text, the library's own (the statements and their relations) and Recently deleted's. */
  const regions = () =>
    m.evaluate(() => {
      const textOf = (selector: string) =>
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
        (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '';
      return { page: textOf('body'), library: textOf('main'), trash: textOf('section.recently-deleted') };
    });
  const waitForRegions = async (ok: (r: Awaited<ReturnType<typeof regions>>) => boolean, what: string) => {
    const seen = await pollUntil(regions, ok, 10_000, 50);
    expect(seen.ok, `${what}; page text:\n${seen.value.page}`).toBe(true);
  };

  async function addStatement(words: string, fields: Record<string, string>) {
    await m.getByRole('button', { name: 'New statement' }).click();
    const form = m.locator('form.form');
    await form.getByLabel('Said by').selectOption({ label: 'Amara Okafor' });
    await form.getByLabel('Exact words (without quotation marks)').fill(words);
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
    await m.getByRole('button', { name: 'Save statement' }).click();
    await waitForText((t) => t.includes(words), `the statement "${words}" listed`);
  }

  beforeAll(async () => {
    session = await launchChromium();
    m = await session.context.newPage();
    m.setDefaultTimeout(10_000);
    await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
    // A fresh install loads the starter pack.
    await waitForText((t) => t.includes('Wang Yi'), 'the starter pack');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('creates a person with a role', async () => {
    await m.getByRole('button', { name: 'New person' }).click();
    await m.getByLabel('Name', { exact: true }).fill('Amara Okafor');
    await m.getByLabel(/^Other names/).fill('Okafor');
    await m.getByLabel('Title of role 1').fill("Nigeria's trade minister");
    await m.getByLabel('Role 1 from').fill('2023-08');
    await m.getByRole('button', { name: 'Save person' }).click();
    await m.getByRole('heading', { name: 'Amara Okafor' }).waitFor({ timeout: 10_000 });
    expect(await text()).toContain("Nigeria's trade minister");
  });

  it('creates two statements with date, venue, source and tags', async () => {
    await addStatement(FIRST, {
      'Date (year, month or day)': '2025-03-03',
      Venue: 'Press conference',
      'Source link': 'https://ledger.example/farm-tariffs',
      Outlet: 'The Daily Ledger',
      'Tags (comma-separated)': 'trade, agriculture',
    });
    await addStatement(SECOND, {
      'Date (year, month or day)': '2025-06',
      Venue: 'Lagos trade forum',
      'Source link': 'https://post.example/deal',
      Outlet: 'The Evening Post',
      'Tags (comma-separated)': 'trade',
    });
    const t = await text();
    expect(t).toContain('The Daily Ledger');
    expect(t).toContain('Lagos trade forum');
  });

  it('edits a statement', async () => {
    await m.getByRole('button', { name: /^Edit “We will not sign/ }).click();
    await m.locator('form.form').getByLabel('Venue').fill('Press conference in Abuja');
    await m.getByRole('button', { name: 'Save statement' }).click();
    const t = await waitForText((x) => x.includes('Press conference in Abuja'), 'the edited venue');
    expect(t).toContain(FIRST);
  });

  it('finds a statement by its words and by its speaker', async () => {
    const search = m.getByRole('searchbox');
    await search.fill('farmers behind');
    let t = await waitForText((x) => /\b1 of \d+ statements match/.test(x), 'one match');
    expect(t).toContain(FIRST);
    expect(t).not.toContain(SECOND);
    expect(t).not.toContain('Ukraine is no exception');
    await search.fill('okafor');
    t = await waitForText((x) => /\b2 of \d+ statements match/.test(x), 'both of her statements');
    expect(t).toContain(SECOND);
    await search.fill('');
    await waitForText((x) => x.includes('Ukraine is no exception'), 'the whole library again');
  });

  it('relates the two statements', async () => {
    await m.getByRole('checkbox', { name: /^Select “We will not sign/ }).check();
    await m.getByRole('checkbox', { name: /^Select “We are ready to sign/ }).check();
    await m.getByRole('button', { name: 'Relate the two' }).click();
    await m.getByLabel(/The later statement/).selectOption('reverses');
    await m.getByLabel('Why (your note)').fill(NOTE);
    await m.getByRole('button', { name: 'Save relation' }).click();
    await waitForText((x) => x.includes(NOTE), 'the relation note');
  });

  it('deletes a statement with its relation, and Undo puts both back', async () => {
    await m.getByRole('button', { name: /^Delete “We are ready to sign/ }).click();
    // A deleted statement leaves the library for Recently deleted, which names it until it is restored.
    await waitForRegions(
      (r) =>
        r.page.includes('Statement deleted.') &&
        !r.library.includes(SECOND) &&
        !r.library.includes(NOTE) &&
        r.trash.includes(SECOND),
      'gone from the library, listed in Recently deleted',
    );
    await m.getByRole('button', { name: 'Undo' }).click();
    await waitForRegions(
      (r) => r.library.includes(SECOND) && r.library.includes(NOTE) && !r.trash.includes(SECOND),
      'both back in the library, none left in Recently deleted',
    );
  });

  it('exports the library as a pack holding what was made', async () => {
    exported = await m.evaluate(exportPackInPage, undefined);
    const pack = JSON.parse(exported);
    expect(pack.people.map((p: { name: string }) => p.name)).toContain('Amara Okafor');
    const hers = pack.statements.filter((s: { text: string }) => s.text === FIRST || s.text === SECOND);
    expect(hers).toHaveLength(2);
    expect(hers.find((s: { text: string }) => s.text === FIRST)).toMatchObject({
      date: '2025-03-03',
      venue: 'Press conference in Abuja',
      tags: ['trade', 'agriculture'],
      sources: [{ url: 'https://ledger.example/farm-tariffs', outlet: 'The Daily Ledger' }],
    });
    expect(pack.relations).toContainEqual(expect.objectContaining({ type: 'reverses', note: NOTE }));
  });

  it('deletes everything', async () => {
    await m.evaluate(wipeInPage);
    const t = await waitForText((x) => !x.includes('Amara Okafor') && !x.includes(FIRST), 'an empty library');
    expect(t).not.toContain('Ukraine is no exception');
    expect(await m.getByRole('button', { name: 'Export…' }).isDisabled()).toBe(true);
  });

  it('imports the export, and the library is identical', async () => {
    const result = await m.evaluate(importPackInPage, exported);
    expect(result).toMatch(/^Import done: added \d+ (person|people)/);
    await waitForText((x) => x.includes('Amara Okafor') && x.includes(NOTE), 'the library back');
    const again = await m.evaluate(exportPackInPage, undefined);
    expect(comparable(again)).toEqual(comparable(exported));
  });
});
