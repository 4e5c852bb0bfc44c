/**
 * Backups restore what the extension itself stored, in Chromium and Firefox: a card Save on a page whose title
 * is 651 characters, whose address is over 2,000 and whose publication date is the year 10000 is stored fitted
 * to the pack format; then export, delete everything, import, and export again give the same records. A pack
 * whose person reuses the id of a stored record of the other kind (person / organisation) is named in the
 * preview and, imported "as new", leaves the stored record as it was.
 */
import { describe, expect, it } from 'vitest';
import {
  comparable,
  exportPackInPage,
  importPackInPage,
  importWithPersonConflictInPage,
  wipeInPage,
} from './library-ui';
import { clickSaveUntilSaved, hoverUntilSaveOffered } from './support/card-save';
import { EXTENSION_BROWSERS, useExtensionBrowser } from './support/extension-browser';

const PAGE = `library/overlong.html?ref=${'x'.repeat(2_100)}`;

describe.each(EXTENSION_BROWSERS)('a backup of what the card saved, in %s', (_label, name) => {
  const run = useExtensionBrowser(name);

  it('restores the library it was made from', async () => {
    const b = run.browser;
    await b.driver.open(`${run.server.url}${PAGE}`);
    const offered = await hoverUntilSaveOffered(b);
    expect(offered.ok, offered.value).toBe(true);
    const saved = await clickSaveUntilSaved(b);
    expect(saved.ok, saved.value).toBe(true);

    const first = await b.inManager(exportPackInPage, undefined);
    const pack = JSON.parse(first) as {
      statements: { text: string; sources: { url: string; title?: string; publishedAt?: string }[] }[];
    };
    const captured = pack.statements.find((s) => s.text.includes('We will not sign any trade deal'));
    expect(captured).toBeDefined();
    const source = captured!.sources[0]!;
    expect(source.title!.length).toBeLessThanOrEqual(500);
    expect(source.title!.endsWith('…')).toBe(true);
    expect(source.url.length).toBeLessThanOrEqual(2_000);
    expect(source.publishedAt).toBeUndefined();

    await b.inManager(wipeInPage, undefined);
    const done = await b.inManager(importPackInPage, first);
    expect(done).toMatch(/left out 0 records/);
    const second = await b.inManager(exportPackInPage, undefined);
    expect(comparable(second)).toEqual(comparable(first));

    // A pack reusing a stored record's id for a record of the other kind: a conflict, never a merge.
    type Exported = {
      people: { id: string; name: string; kind?: string }[];
      statements: { id: string; personId: string }[];
    };
    const stored = (JSON.parse(second) as Exported).people[0];
    expect(stored).toBeDefined();
    const otherKind = stored?.kind === 'organisation' ? 'person' : 'organisation';
    const clashing = {
      format: 'onrecord-pack',
      version: 1,
      meta: { name: 'clash', author: 'a', licence: 'l', date: '2024-01-01' },
      people: [{ id: stored?.id, name: 'Nobody Of That Name', kind: otherKind }],
      statements: [{ id: 'clash-1', personId: stored?.id, text: 'Words the clashing record said' }],
      relations: [],
    };
    const imported = await b.inManager(importWithPersonConflictInPage, {
      text: JSON.stringify(clashing),
      choice: 'new',
    });
    expect(imported.conflicts).toContain('Nobody Of That Name');
    expect(imported.conflicts).toContain(stored?.name ?? '?');
    const third = JSON.parse(await b.inManager(exportPackInPage, undefined)) as Exported;
    expect(third.people.find((p) => p.id === stored?.id)).toEqual(expect.objectContaining({ name: stored?.name }));
    const added = third.people.find((p) => p.name === 'Nobody Of That Name');
    expect(added?.id).not.toBe(stored?.id);
    expect(third.statements.find((s) => s.id === 'clash-1')?.personId).toBe(added?.id);
  }, 180_000);
});
