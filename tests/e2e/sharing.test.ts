/**
 * Sharing in Chromium and Firefox, through the manager's own controls: a CSV export, delete everything and a
 * CSV import give back the same statements and relations; an export of one tag imports into an empty
 * library as exactly that tag's statements, their speakers and the relations between them.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { exportInPage, exportPackInPage, importPackInPage, wipeInPage } from './library-ui';
import { launchFirefox, openExtensionPage } from './support/firefox';

interface Browser {
  /** Runs a self-contained function in a fresh manager tab, then closes it. */
  inManager<A, R>(fn: (arg: A) => Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

const managerReady = (m: { evaluate: (fn: () => string) => Promise<string> }) =>
  pollUntil(
    () => m.evaluate(visibleText),
    (t) => t.includes('Import and export'),
    15_000,
  );

async function chromium(): Promise<Browser> {
  const session = await launchChromium();
  return {
    inManager: async <A, R>(fn: (arg: A) => Promise<R>, arg: A) => {
      const m = await session.context.newPage();
      await m.goto(`chrome-extension://${session.extensionId}/manager.html`);
      await managerReady(m);
      const result = (await m.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R;
      await m.close();
      return result;
    },
    close: session.close,
  };
}

async function firefox(): Promise<Browser> {
  const session = await launchFirefox();
  return {
    inManager: async <A, R>(fn: (arg: A) => Promise<R>, arg: A) => {
      const m: PuppeteerPage = await session.browser.newPage();
      await openExtensionPage(m, `${session.extensionOrigin}manager.html`);
      await managerReady(m);
      const result = (await m.evaluate(fn as (arg: unknown) => Promise<unknown>, arg)) as R;
      await m.close();
      return result;
    },
    close: session.close,
  };
}

interface Pack {
  people: { id: string; name: string }[];
  statements: { id: string; tags: string[]; createdAt?: string; updatedAt?: string }[];
  relations: { id: string; fromId: string; toId: string; createdAt?: string }[];
}

/** A pack's records without the times an import sets, sorted by id, to compare two libraries' contents. */
function records(json: string) {
  const pack = JSON.parse(json) as Pack;
  const bare = <T extends { id: string }>(list: T[]) =>
    list
      .map(({ createdAt: _c, updatedAt: _u, ...rest }: T & { createdAt?: string; updatedAt?: string }) => rest)
      .sort((a, b) => a.id.localeCompare(b.id));
  return { people: bare(pack.people), statements: bare(pack.statements), relations: bare(pack.relations) };
}

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('sharing in %s', (_name, launch) => {
  let b: Browser;

  beforeAll(async () => {
    b = await launch();
  });

  afterAll(async () => {
    await b?.close();
  });

  it('round-trips statements and relations through CSV export, delete everything and CSV import', async () => {
    const before = await b.inManager(exportPackInPage, undefined);
    expect(records(before).relations.length).toBeGreaterThan(0);
    const csv = await b.inManager(exportInPage, { format: 'Spreadsheet (CSV)' });
    expect(csv.split('\r\n')[0]).toContain('relations,relation_notes');
    await b.inManager(wipeInPage, undefined);
    const done = await b.inManager(importPackInPage, { text: csv, fileName: 'library.csv' });
    expect(done).toMatch(/left out 0 records/);
    const after = records(await b.inManager(exportPackInPage, undefined));
    expect(after.statements).toEqual(records(before).statements);
    expect(after.relations).toEqual(records(before).relations);
    expect(after.people.map((p) => p.name)).toEqual(records(before).people.map((p) => p.name));
  }, 180_000);

  it('exports one tag that imports into an empty library as exactly that tag’s records', async () => {
    const whole = JSON.parse(await b.inManager(exportPackInPage, undefined)) as Pack;
    const tagged = whole.statements.filter((s) => s.tags.some((t) => t.toLowerCase() === 'nato'));
    expect(tagged.length).toBeGreaterThan(0);
    const file = await b.inManager(exportInPage, { format: 'OnRecord pack', scope: 'One tag', pick: 'NATO' });
    await b.inManager(wipeInPage, undefined);
    await b.inManager(importPackInPage, file);
    const now = JSON.parse(await b.inManager(exportPackInPage, undefined)) as Pack;
    expect(now.statements.map((s) => s.id).sort()).toEqual(tagged.map((s) => s.id).sort());
    const speakers = new Set(tagged.map((s) => (s as unknown as { personId: string }).personId));
    expect(now.people.map((p) => p.id).sort()).toEqual([...speakers].sort());
    const ids = new Set(tagged.map((s) => s.id));
    const between = whole.relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId));
    expect(now.relations.map((r) => r.id).sort()).toEqual(between.map((r) => r.id).sort());
  }, 180_000);
});
