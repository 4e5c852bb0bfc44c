import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { readLibrary } from '@/lib/db/repos';
import { browserDownload } from '@/lib/manager/library-actions';
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
const statementsShown = () => root.querySelectorAll('li.statement').length;
const button = (label: string | RegExp) => buttonIn(root, label);
/** Lets Preact render between steps, as it does between a reader's keystrokes and clicks. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (el: HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};
const ariaLabelled = <T extends HTMLElement>(label: string) => {
  const el = root.querySelector(`[aria-label="${label}"]`);
  if (!el) throw new Error(`no field ${label}`);
  return el as unknown as T;
};
const labelled = <T extends HTMLElement>(label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim().startsWith(label));
  const el = l?.querySelector('input, select, textarea');
  if (!el) throw new Error(`no field ${label}`);
  return el as unknown as T;
};

describe('manager curation', () => {
  it('filters by search as you type, by person and by relation, and clears', async () => {
    expect(statementsShown()).toBe(8);
    type(root.querySelector('input[type=search]')!, 'exception');
    await expect.poll(statementsShown).toBe(1);
    expect(text()).toContain('1 of 8 statements match.');
    type(root.querySelector('input[type=search]')!, 'qqqq');
    await expect.poll(text).toContain('No statements match.');
    button('Clear search and filters').click();
    await expect.poll(statementsShown).toBe(8);
    choose(labelled<HTMLSelectElement>('Person'), 'sergey-lavrov');
    await expect.poll(() => root.querySelectorAll('section.person').length).toBe(1);
    choose(labelled<HTMLSelectElement>('Person'), '');
    choose(labelled<HTMLSelectElement>('Relation'), 'shifts-emphasis');
    await expect.poll(statementsShown).toBe(2);
  });

  it('deletes a statement and brings it back with Undo', async () => {
    const del = root.querySelector<HTMLButtonElement>('button[aria-label^="Delete “Ukraine is no exception"]');
    const target =
      del ??
      [...root.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) =>
          b.getAttribute('aria-label')?.includes('Delete') &&
          b.closest('li')?.textContent?.includes('Ukraine is no exception'),
      )!;
    target.click();
    await expect.poll(statementsShown).toBe(7);
    expect(text()).toContain('Statement deleted.');
    button('Undo').click();
    await expect.poll(statementsShown).toBe(8);
    expect(text()).toContain('Ukraine is no exception');
    expect((await readLibrary(db)).relations).toHaveLength(1);
  });

  it('creates a person with roles, then a statement, and edits it', async () => {
    button('New person').click();
    await expect.poll(() => root.querySelector('.panel')).not.toBeNull();
    type(labelled<HTMLInputElement>('Name'), 'Antony Blinken');
    type(labelled<HTMLTextAreaElement>('Other names'), 'Blinken\nTony Blinken');
    type(ariaLabelled<HTMLInputElement>('Title of role 1'), 'US Secretary of State');
    type(ariaLabelled<HTMLInputElement>('Role 1 from'), '2021-01-26');
    type(ariaLabelled<HTMLInputElement>('Role 1 to'), '2025-01-32');
    button('Add a role').click();
    await settle();
    type(ariaLabelled<HTMLInputElement>('Title of role 2'), 'Deputy Secretary of State');
    type(ariaLabelled<HTMLInputElement>('Role 2 from'), '2015');
    type(ariaLabelled<HTMLInputElement>('Role 2 to'), '2017-1');
    await settle();
    button('Save person').click();
    await expect
      .poll(() => root.querySelector('[role=alert]')?.textContent)
      .toContain('The end date of role 1 is not a date');
    type(ariaLabelled<HTMLInputElement>('Role 1 to'), '2025-01-20');
    await settle();
    button('Save person').click();
    await expect.poll(text).toContain('US Secretary of State (26 Jan 2021 – 20 Jan 2025)');
    const blinken = (await readLibrary(db)).people.find((p) => p.name === 'Antony Blinken')!;
    expect(blinken.aliases).toEqual(['Blinken', 'Tony Blinken']);
    expect(blinken.roles[1]).toEqual({ title: 'Deputy Secretary of State', from: '2015', to: '2017-01' });

    button('New statement').click();
    await expect.poll(() => root.querySelector('.panel')).not.toBeNull();
    choose(labelled<HTMLSelectElement>('Said by'), blinken.id);
    type(labelled<HTMLTextAreaElement>('Exact words'), 'We stand with Ukraine.');
    type(labelled<HTMLInputElement>('Date'), 'Feb 2022');
    await settle();
    button('Save statement').click();
    await expect.poll(() => root.querySelector('[role=alert]')?.textContent).toContain('The date is not a date');
    type(labelled<HTMLInputElement>('Date'), '2022-02-24');
    type(labelled<HTMLInputElement>('Source link'), 'javascript:alert(1)');
    await settle();
    await settle();
    button('Save statement').click();
    await expect.poll(() => root.querySelector('[role=alert]')?.textContent).toContain('is not a web link');
    type(labelled<HTMLInputElement>('Source link'), 'https://example.org/blinken');
    type(labelled<HTMLInputElement>('Tags'), 'Ukraine, US');
    await settle();
    button('Save statement').click();
    await expect.poll(text).toContain('We stand with Ukraine.');
    const saved = (await readLibrary(db)).statements.find((s) => s.personId === blinken.id)!;
    expect(saved).toMatchObject({ date: '2022-02-24', tags: ['Ukraine', 'US'] });
  });

  it('relates two selected statements, shown side by side, with a note', async () => {
    const boxes = [...root.querySelectorAll<HTMLInputElement>('li.statement input[type=checkbox]')];
    boxes[0]!.click();
    boxes[1]!.click();
    await expect.poll(text).toContain('2 selected');
    button('Relate the two').click();
    await expect.poll(() => root.querySelector('.panel .side-by-side')).not.toBeNull();
    expect(root.querySelectorAll('.panel .side-by-side blockquote')).toHaveLength(2);
    choose(labelled<HTMLSelectElement>('The later statement'), 'contradicts');
    type(labelled<HTMLTextAreaElement>('Why'), 'Not the same line.');
    await settle();
    button('Save relation').click();
    await expect.poll(async () => (await readLibrary(db)).relations.length).toBe(2);
    const added = (await readLibrary(db)).relations.find((r) => r.type === 'contradicts')!;
    expect(added).toMatchObject({ note: 'Not the same line.', labelledBy: 'me' });
  });

  it('edits a stored relation: only its note changes, its ends, type and labeller stay', async () => {
    const before = (await readLibrary(db)).relations[0]!;
    button('Edit this relation').click();
    await expect.poll(() => root.querySelector('.panel .side-by-side')).not.toBeNull();
    const why = labelled<HTMLTextAreaElement>('Why');
    expect(why.value).toBe(before.note);
    type(why, 'A narrower affirmation of sovereignty.');
    await settle();
    button('Save relation').click();
    await expect
      .poll(async () => (await readLibrary(db)).relations[0]?.note)
      .toBe('A narrower affirmation of sovereignty.');
    const { relations } = await readLibrary(db);
    expect(relations).toHaveLength(1);
    expect(relations[0]).toEqual({ ...before, note: 'A narrower affirmation of sovereignty.' });
  });

  it('merges two people', async () => {
    const hua = [...root.querySelectorAll('section.person')].find((s) => s.textContent?.includes('Hua Chunying'))!;
    [...hua.querySelectorAll('button')].find((b) => b.textContent === 'Merge…')!.click();
    await expect.poll(() => root.querySelector('.panel')).not.toBeNull();
    choose(labelled<HTMLSelectElement>('The same person'), 'sergey-lavrov');
    button('Merge').click();
    await expect.poll(() => root.querySelectorAll('section.person').length).toBe(2);
    expect(text()).toContain('Sergey Lavrov merged into Hua Chunying.');
  });

  it('imports a picked file after a preview of new, merged and rejected records', async () => {
    const pack = {
      format: 'onrecord-pack',
      version: 1,
      meta: { name: 'Mixed pack', author: 'x', licence: 'CC0', date: '2026-01-01' },
      people: [{ id: 'wang-yi', name: 'Wang Yi' }, { id: 'new-p', name: 'Olaf Scholz' }, { id: 'bad' }],
      statements: [{ id: 'o1', personId: 'new-p', text: 'Zeitenwende.', date: '2022-02-27' }],
      relations: [],
    };
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(pack)], 'mixed.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(text).toContain('would add 1 person, 1 statement and 0 relations');
    expect(text()).toContain('merge 1 person, 0 statements and 0 relations');
    expect(text()).toContain('1 record would be left out.');
    expect(text()).toContain('Person 3 (id "bad"): name is missing');
    expect((await readLibrary(db)).people).toHaveLength(3);
    button('Import').click();
    await expect
      .poll(text)
      .toContain('Import done: added 1 person, 1 statement and 0 relations; merged 1 record; left out 1 record.');
    expect((await readLibrary(db)).people.map((p) => p.name)).toContain('Olaf Scholz');
  });

  it('refuses a broken file in the preview and changes nothing', async () => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{"format": "onrecord-pack", '], 'cut.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(text).toContain('cut.json cannot be imported. Nothing was changed.');
    expect(text()).toContain('The file seems cut short.');
  });

  it('asks before deleting everything and offers an export first', async () => {
    button('Delete everything…').click();
    await expect.poll(text).toContain('Export a pack first to keep a copy.');
    button('Export a pack first').click();
    await expect.poll(() => downloads.length).toBe(1);
    expect(JSON.parse(downloads[0]?.text ?? '{}').meta).toMatchObject({ author: 'Me', licence: 'Private copy' });
    button('Delete everything').click();
    await expect.poll(text).toContain('Your library is empty');
  });

  it('says nothing was lost when the browser runs out of space', async () => {
    db.statements.hook('deleting', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const del = [...root.querySelectorAll<HTMLButtonElement>('li.statement button')].find(
      (b) => b.textContent === 'Delete',
    )!;
    del.click();
    await expect.poll(() => root.querySelector('.failure')?.textContent).toMatch(/Nothing was lost/);
    expect(statementsShown()).toBe(8);
  });

  it('works from the keyboard: panels take focus and close on Escape, Escape clears the search', async () => {
    button('New person').click();
    await expect.poll(() => document.activeElement?.closest('.panel')).not.toBeNull();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect.poll(() => root.querySelector('.panel')).toBeNull();
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    type(search, 'exception');
    await expect.poll(statementsShown).toBe(1);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect.poll(statementsShown).toBe(8);
    // Every control is a native, focusable element with a name.
    for (const b of root.querySelectorAll('button'))
      expect((b.textContent ?? b.getAttribute('aria-label'))?.trim()).toBeTruthy();
    for (const box of root.querySelectorAll('li.statement input[type=checkbox]'))
      expect(box.closest('label')?.textContent).toMatch(/^Select “/);
  });

  it('downloads through a temporary link that is removed again', () => {
    const clicks: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      browserDownload('library.json', 'application/json', '{}');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks).toEqual(['library.json']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
