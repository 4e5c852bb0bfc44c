import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary, readLibrary } from '@/lib/db/repos';
import { getPref } from '@/lib/db/repos-prefs';
import { EXPORT_DETAILS_PREF } from '@/lib/manager/library-export';
import { CSV_COLUMNS } from '@/lib/pack/csv-columns';
import { buttonIn, type Download, type MountedManager, mountManager } from './mounted-manager';

let db: OnRecordDb;
let root: HTMLElement;
let downloads: Download[];
let manager: MountedManager;

beforeEach(async () => {
  manager = await mountManager();
  ({ db, root, downloads } = manager);
});
afterEach(() => manager.unmount());

const text = () => root.textContent ?? '';
const button = (label: string) => buttonIn(root, label);
const dialog = () => root.querySelector<HTMLElement>('section.panel[aria-label="Export from your library"]');
const field = (label: string) => {
  const l = [...(dialog()?.querySelectorAll('label') ?? [])].find((x) => x.textContent?.trim().startsWith(label));
  const el = l?.querySelector('input, select, textarea');
  if (!el) throw new Error(`no field ${label}`);
  return el as HTMLInputElement;
};
const type = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (el: HTMLInputElement, value?: string) => {
  if (value !== undefined) el.value = value;
  else el.checked = true;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const settle = () => new Promise((r) => setTimeout(r, 0));

async function openExport(): Promise<void> {
  button('Export…').click();
  await expect.poll(() => (dialog() ? field('Title').value : '')).not.toBe('');
}

async function exportWith(format: string, scope?: [string, string?]): Promise<{ name: string; text: string }> {
  const before = downloads.length;
  await openExport();
  choose(field(format));
  await settle();
  if (scope) {
    choose(field(scope[0]));
    await settle();
    if (scope[1] !== undefined) choose(field(scope[0] === 'One tag' ? 'Tag to export' : 'Person to export'), scope[1]);
    await settle();
  }
  button('Export').click();
  await expect.poll(() => downloads.length).toBe(before + 1);
  await expect.poll(dialog).toBeNull();
  return downloads[before] as { name: string; text: string };
}

async function importFile(name: string, body: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [new File([body], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await expect.poll(() => root.querySelector('[aria-label="Import preview"]')).not.toBeNull();
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('export asks for the pack’s details and what to export', () => {
  it('asks for title, author, licence and description, and remembers them for next time', async () => {
    await openExport();
    expect(dialog()?.contains(document.activeElement)).toBe(true);
    expect(field('Author').value).toBe('Me');
    type(field('Author'), 'Desk of Ann Lee');
    type(field('Licence'), 'CC BY 4.0');
    type(field('Description'), 'Quotes on trade.');
    await settle();
    button('Export').click();
    await expect.poll(() => downloads.length).toBe(1);
    const meta = JSON.parse(downloads[0]?.text ?? '{}').meta;
    expect(meta).toMatchObject({ author: 'Desk of Ann Lee', licence: 'CC BY 4.0', description: 'Quotes on trade.' });
    expect(await getPref(db, EXPORT_DETAILS_PREF)).toMatchObject({ author: 'Desk of Ann Lee' });
    await expect.poll(dialog).toBeNull();
    await openExport();
    expect(field('Licence').value).toBe('CC BY 4.0');
  });

  it('returns focus to Export… when the dialog closes with Escape', async () => {
    button('Export…').focus();
    await openExport();
    dialog()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect.poll(dialog).toBeNull();
    await expect.poll(() => document.activeElement?.textContent).toBe('Export…');
  });

  it('names an empty required detail and exports nothing', async () => {
    await openExport();
    type(field('Licence'), ' ');
    await settle();
    button('Export').click();
    await expect.poll(() => dialog()?.querySelector('[role=alert]')?.textContent).toContain('The licence is empty.');
    expect(downloads).toHaveLength(0);
  });

  it('exports a pack, a CSV with relation columns and Web Annotations', async () => {
    const pack = await exportWith('OnRecord pack');
    expect(JSON.parse(pack.text).statements).toHaveLength(8);
    const csv = await exportWith('Spreadsheet (CSV)');
    expect(csv.text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.name).toMatch(/\.csv$/);
    const annotations = await exportWith('W3C Web Annotations');
    expect(JSON.parse(annotations.text).total).toBe(9);
  });

  it.each([
    ['One tag', 'NATO', ['sergey-lavrov-2022-02-24-call-forced', 'wang-yi-2022-02-24-call-cold-war'], 0],
    [
      'One person',
      'hua-chunying',
      ['hua-chunying-2022-02-24-busy', 'hua-chunying-2022-02-24-conclusion', 'hua-chunying-2022-02-24-fanning-flames'],
      0,
    ],
  ])(
    'exports %s (%s) that imports into an empty library as exactly its records',
    async (scope, pick, statementIds, relationCount) => {
      const file = await exportWith('OnRecord pack', [scope, pick]);
      const exported = JSON.parse(file.text);
      expect(ids(exported.statements)).toEqual(statementIds);
      await clearLibrary(db);
      await expect.poll(text).toContain('Your library is empty');
      await importFile(file.name, file.text);
      button('Import').click();
      await expect.poll(text).toContain('Import done');
      const now = await readLibrary(db);
      expect(ids(now.statements)).toEqual(statementIds);
      expect(ids(now.people)).toEqual(ids(exported.people));
      expect(now.relations).toHaveLength(relationCount);
    },
  );

  it('exports the statements in view after a search', async () => {
    const search = root.querySelector<HTMLInputElement>('input[type=search]');
    if (!search) throw new Error('no search box');
    type(search, 'sovereignty');
    await expect.poll(text).toMatch(/\d+ of 8 statements match/);
    const shown = Number(/(\d+) of 8 statements match/.exec(text())?.[1]);
    const file = await exportWith('OnRecord pack');
    const pack = JSON.parse(file.text);
    expect(pack.statements).toHaveLength(shown);
    expect(shown).toBeLessThan(8);
    expect(
      pack.relations.every((r: { fromId: string; toId: string }) =>
        [r.fromId, r.toId].every((id) => pack.statements.some((s: { id: string }) => s.id === id)),
      ),
    ).toBe(true);
  });
});

describe('CSV import', () => {
  it('round-trips relations through delete everything, with the same preview and all-or-nothing write', async () => {
    const before = await readLibrary(db);
    const csv = await exportWith('Spreadsheet (CSV)');
    await clearLibrary(db);
    await expect.poll(text).toContain('Your library is empty');
    await importFile('library.csv', csv.text);
    expect(text()).toContain('would add 3 people, 8 statements and 1 relation');
    expect(text()).toContain('A CSV file names no author, licence or description');
    button('Import').click();
    await expect.poll(text).toContain('Import done');
    const after = await readLibrary(db);
    expect(after.relations.map(({ createdAt: _, ...r }) => r)).toEqual(
      before.relations.map(({ createdAt: _, ...r }) => r),
    );
    const strip = <T extends { id: string; createdAt: string; updatedAt: string }>({
      createdAt: _c,
      updatedAt: _u,
      ...rest
    }: T) => rest;
    expect(after.statements.map(strip).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.statements.map(strip).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('names a rejected CSV row by its line and what is wrong', async () => {
    await importFile('typed.csv', 'person,text,date\r\nAnn Lee,Fine words.,2013\r\nAnn Lee,Bad date.,2013-02-30\r\n');
    expect(text()).toContain('would add 1 person, 1 statement and 0 relations');
    expect(text()).toContain('Row 3: date is not a date');
  });

  it('shows a pack’s author, licence and description in the preview', async () => {
    const pack = {
      format: 'onrecord-pack',
      version: 1,
      meta: {
        name: 'Trade desk',
        author: 'Ann Lee',
        licence: 'CC0',
        date: '2026-01-05',
        description: 'Tariff quotes.',
      },
      people: [{ id: 'x', name: 'Olaf Scholz' }],
      statements: [],
      relations: [],
    };
    await importFile('desk.json', JSON.stringify(pack));
    const details = root.querySelector('.pack-details')?.textContent ?? '';
    for (const part of ['Ann Lee', 'CC0', 'Tariff quotes.', '5 Jan 2026']) expect(details).toContain(part);
  });
});
