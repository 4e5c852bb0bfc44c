/**
 * The record placed in time, in real Chromium and Firefox ESR with the built extension. A fictional pack gives
 * Corvin Astley four dated statements, the May one labelled as contradicting the February one; two pages of
 * our own are dated on the February pledge and on the May reversal. On the February page SAID BEFORE lists
 * only what came before, and the later statements sit under Said since; the relation reads with its direction
 * from both ends. Save on a sentence inside a stored statement adds a source to it instead of a second
 * statement, and an edit of one field in the manager keeps the source's title and date in the exported pack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { ROOT_DIR } from '@/scripts/support/paths';
import { exportPackInPage, importPackInPage } from './library-ui';
import { editOneFieldInPage, type RecordSnapshot, readRecord } from './record-probes';
import { hoverQuoteCard } from './support/card-hover';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const PACK = readFileSync(join(ROOT_DIR, 'tests/fixtures/pages/record/pack.json'), 'utf8');
const PLEDGE = 'record/pledge.html';
const REVERSAL = 'record/reversal.html';
const NEVER = 'Our coalition will never cut';
const PHASED = 'The harbour subsidy will be phased out';
const FERRY = 'We will add a late crossing';

interface PackStatement {
  id: string;
  personId: string;
  text: string;
  venue?: string;
  sources: { url: string; title?: string; publishedAt?: string; outlet?: string }[];
}

describe.each(EXTENSION_BROWSERS)('the record in time, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  /** Opens a page, hovers the quote starting with `opening`, and returns the card once the library answered. */
  const hoverQuote = (page: string, opening: string): Promise<RecordSnapshot> =>
    hoverQuoteCard(run.browser, `${run.server.url}${page}`, { opening, speaker: 'Corvin Astley' }, readRecord);

  async function exported(): Promise<PackStatement[]> {
    const pack = JSON.parse(await run.browser.inManager(exportPackInPage, undefined)) as {
      statements: PackStatement[];
    };
    return pack.statements.filter((s) => s.personId === 'corvin-astley');
  }

  beforeAll(async () => {
    expect(await run.browser.inManager(importPackInPage, PACK)).toMatch(/^Import done: added 1 person, 4 statements/);
  }, 90_000);

  it('lists only earlier statements under SAID BEFORE on the February page, the later ones under Said since', async () => {
    const card = await hoverQuote(PLEDGE, NEVER);
    expect(card.onRecord).toContain('On record since 10 Feb 2026');
    expect(card.before).toContain('We owe the harbour towns');
    expect(card.before).not.toContain('phased out');
    expect(card.before).not.toContain('late crossing');
    expect(card.since).toContain('Said since');
    expect(card.since).toContain('phased out');
    expect(card.since).toContain('late crossing');
  });

  it('reads the relation with its direction from the earlier end', async () => {
    const card = await hoverQuote(PLEDGE, NEVER);
    // A person related the later statement to this one: Said since is open, so the note is in view.
    expect(card.sinceOpen).toBe(true);
    expect(card.since).toContain('Later, on 20 May 2026:');
    expect(card.since).toContain('— contradicts this');
    expect(card.since).toContain('labelled by OnRecord tests');
  });

  it('reads the relation with its direction from the later end', async () => {
    const card = await hoverQuote(REVERSAL, PHASED);
    expect(card.before).toContain('Earlier, on 10 Feb 2026:');
    expect(card.before).toContain('— this contradicts it');
    expect(card.since).toBe('');
  });

  it('adds a source to the stored statement when Save is pressed on a sentence inside it', async () => {
    const card = await hoverQuote(REVERSAL, FERRY);
    expect(card.onRecord).toContain('On record since 2 Apr 2026');
    expect(card.saveButton).toBe('Add this source to the statement on record');
    await run.browser.clickInCard('Add this source', 'prefix');
    const done = await pollUntil(
      () => run.browser.inCard(readRecord),
      (r) => !!r?.saveResult,
      10_000,
    );
    expect(done.value?.saveResult).toContain('this page was added as another source');
    const statements = await exported();
    expect(statements).toHaveLength(4);
    const ferry = statements.find((s) => s.text.includes(FERRY));
    expect(ferry?.id).toBe('astley-2026-04-02-ferries');
    expect(ferry?.sources.map((s) => s.url)).toEqual([
      'https://saltmere-daily-post.example/2026/04/02/ferries',
      `${run.server.url}${REVERSAL}`,
    ]);
  });

  it('keeps the source title and date when one field is edited in the manager', async () => {
    const said = await run.browser.inManager(editOneFieldInPage, {
      opening: NEVER,
      label: 'Venue',
      value: 'Saltmere town hall',
    });
    expect(said).toContain('Statement saved');
    const never = (await exported()).find((s) => s.id === 'astley-2026-02-10-never');
    expect(never?.venue).toBe('Saltmere town hall');
    expect(never?.sources).toEqual([
      {
        url: 'https://saltmere-daily-post.example/2026/02/10/never-cut',
        outlet: 'Saltmere Daily Post',
        title: 'Astley rules out subsidy cut',
        publishedAt: '2026-02-10T09:15:00Z',
      },
    ]);
  });
});
