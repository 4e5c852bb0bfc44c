import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEntry, withThem } from '@/components/manager/trash-labels';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { readLibrary } from '@/lib/db/repos';
import { personDeleteCounts } from '@/lib/db/trash';
import { person, statement } from './helpers';
import { buttonIn, type MountedManager, mountManager } from './mounted-manager';

let db: OnRecordDb;
let root: HTMLElement;
let manager: MountedManager;

beforeEach(async () => {
  manager = await mountManager();
  ({ db, root } = manager);
});
afterEach(() => manager.unmount());

const text = () => root.textContent ?? '';
const button = (label: string) => buttonIn(root, label);
const wangSection = () =>
  [...root.querySelectorAll('section.person')].find((s) => s.querySelector('h2')?.textContent?.includes('Wang Yi'));

describe('deleting a person', () => {
  it('asks first, saying what goes, then restores every statement and relation from Recently deleted', async () => {
    const before = await readLibrary(db);
    const wang = before.people.find((p) => p.name === 'Wang Yi')!;
    const counts = await personDeleteCounts(db, wang.id);
    expect(counts.statements).toBeGreaterThan(0);
    expect(counts.relations).toBeGreaterThan(0);

    [...wangSection()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete person')!.click();
    await expect.poll(() => root.querySelector('.panel h2')?.textContent).toBe('Delete Wang Yi?');
    expect(root.querySelector('.delete-question')?.textContent).toContain(`Wang Yi goes with ${withThem(counts)}.`);
    // Nothing is deleted until the reader answers.
    expect((await readLibrary(db)).statements).toHaveLength(before.statements.length);
    button('Cancel').click();
    await expect.poll(() => root.querySelector('.panel')).toBeNull();
    expect(wangSection()).toBeDefined();

    [...wangSection()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete person')!.click();
    await expect.poll(() => root.querySelector('.panel')).not.toBeNull();
    button('Delete Wang Yi').click();
    await expect.poll(wangSection).toBeUndefined();
    await expect.poll(text).toContain('Recently deleted');
    // The panel's heading shows before its list is read again after the delete: wait for the list.
    await expect
      .poll(() => root.querySelector('.recently-deleted')?.textContent ?? '')
      .toContain(`Wang Yi, with ${withThem(counts)}`);

    [...root.querySelectorAll<HTMLButtonElement>('.recently-deleted button')]
      .find((b) => b.textContent === 'Restore')!
      .click();
    await expect.poll(wangSection).toBeDefined();
    const after = await readLibrary(db);
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(ids(after.statements)).toEqual(ids(before.statements));
    expect(ids(after.relations)).toEqual(ids(before.relations));
    await expect.poll(() => root.querySelector('.recently-deleted')).toBeNull();
  });
});

describe('undoing a delete from its toast', () => {
  it.each([
    ['a statement', 'Delete statement'],
    ['a person', 'Delete person'],
  ])('takes %s back out of Recently deleted', async (_what, kind) => {
    const before = await readLibrary(db);
    if (kind === 'Delete person') {
      [...wangSection()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete person')!.click();
      await expect.poll(() => root.querySelector('.panel')).not.toBeNull();
      button('Delete Wang Yi').click();
    } else {
      [...wangSection()!.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.getAttribute('aria-label')?.startsWith('Delete “'))!
        .click();
    }
    await expect.poll(() => root.querySelector('.recently-deleted')).not.toBeNull();
    button('Undo').click();
    await expect.poll(async () => (await readLibrary(db)).statements.length).toBe(before.statements.length);
    await expect.poll(() => root.querySelector('.recently-deleted')).toBeNull();
  });
});

describe('trash wording', () => {
  const ann = person({ id: 'a', name: 'Ann Lee' });
  const s = (id: string, text: string) => statement({ id, personId: 'a', text });
  it.each([
    [{ statements: 0, relations: 0 }, 'no statements'],
    [{ statements: 1, relations: 0 }, '1 statement'],
    [{ statements: 3, relations: 1 }, '3 statements and 1 relation'],
  ])('withThem(%j) = %s', (counts, words) => {
    expect(withThem(counts)).toBe(words);
  });

  it.each([
    [{ people: [ann], statements: [s('1', 'x')], relations: [] }, 'Ann Lee, with 1 statement'],
    [{ people: [], statements: [s('1', 'We will not sign')], relations: [] }, '“We will not sign”'],
    [{ people: [], statements: [s('1', 'Yes'), s('2', 'No')], relations: [] }, '“Yes” and 1 other'],
  ])('describeEntry %#', (entry, line) => {
    expect(describeEntry(entry)).toBe(line);
  });
});
