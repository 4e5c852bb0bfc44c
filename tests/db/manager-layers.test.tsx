import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import type { LibraryData } from '@/lib/core/library-model';
import { subscriptionClient } from '@/lib/core/subscription-client';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { libraryActions } from '@/lib/manager/library-actions';
import { fakeBackground, makeSubscription } from '@/tests/support/fake-subscriptions';
import { freshDb, person, relation, statement } from './helpers';

// The reader's own Ana, and Wang Yi with two statements and a relation from the "Desk library" subscription.
const DATA: LibraryData = {
  people: [person({ id: 'own-p', name: 'Ana Own' }), person({ id: 'sub-1-p', name: 'Wang Yi', origin: 'sub-1' })],
  statements: [
    statement({ id: 'own-s', personId: 'own-p', text: 'My own words', date: '2025-01-01' }),
    statement({
      id: 'sub-1-a',
      personId: 'sub-1-p',
      text: 'Ukraine is no exception',
      date: '2022-02-19',
      origin: 'sub-1',
    }),
    statement({ id: 'sub-1-b', personId: 'sub-1-p', text: 'Legitimate concerns', date: '2022-02-24', origin: 'sub-1' }),
  ],
  relations: [
    relation({ id: 'sub-1-r', fromId: 'sub-1-b', toId: 'sub-1-a', origin: 'sub-1' }),
    // The reader's own relation to a statement the publisher withdrew.
    relation({
      id: 'own-r',
      fromId: 'own-s',
      toId: 'sub-1-gone',
      withdrawn: { id: 'sub-1-gone', text: 'Dredging costs will stay low.', personName: 'Tomasz Wierzbicki' },
    }),
  ],
};

let db: OnRecordDb;
let root: HTMLElement;
beforeEach(async () => {
  db = freshDb();
  root = document.createElement('div');
  document.body.append(root);
  const actions = libraryActions(
    db,
    () => {},
    () => DATA,
  );
  const fake = fakeBackground([makeSubscription({ id: 'sub-1' })]);
  await act(async () => {
    render(
      <ManagerApp
        data={DATA}
        onLoadStarter={async () => {}}
        actions={actions}
        subscriptions={subscriptionClient(fake.send)}
      />,
      root,
    );
  });
  await act(async () => {});
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

const row = (words: string) =>
  [...root.querySelectorAll('li.statement')].find((li) => li.querySelector('blockquote')?.textContent === words);
const labels = (scope: Element | undefined, selector = ':scope > .row-controls button') =>
  [...(scope?.querySelectorAll(selector) ?? [])].map((b) => b.textContent?.trim());
const section = (name: string) =>
  [...root.querySelectorAll('section.person')].find((s) => s.querySelector('h2')?.textContent?.includes(name));

describe('layers in the record', () => {
  it.each([
    ['My own words', 'Mine', ['Edit', 'Delete'], ['Copy to my record']],
    ['Ukraine is no exception', 'From Desk library', ['Copy to my record'], ['Edit', 'Delete']],
  ])('"%s" says it is %s, offers %o and not %o', (words, origin, offered, missing) => {
    expect(row(words)?.querySelector('.origin')?.textContent).toContain(origin);
    const buttons = labels(row(words));
    expect(buttons).toEqual(expect.arrayContaining(offered));
    for (const label of missing) expect(buttons).not.toContain(label);
  });

  it('keeps a subscribed person and relation read-only', () => {
    expect(labels(section('Wang Yi'))).toEqual(['Copy Wang Yi to my record']);
    expect(labels(section('Ana Own'))).toContain('Edit person');
    expect(section('Wang Yi')?.querySelector('.origin')?.textContent).toBe('From Desk library');
    const related = row('Legitimate concerns')?.querySelector('li.relation');
    expect(related?.textContent).toContain('From Desk library');
    expect(labels(related ?? undefined, 'button')).not.toContain('Remove this relation');
  });

  it('keeps the reader’s relation to a withdrawn statement, saying what it said and who said it', () => {
    const mine = row('My own words')?.querySelector('li.relation');
    expect(mine?.querySelector('.withdrawn')?.textContent).toBe(
      'Its publisher withdrew the other statement, by Tomasz Wierzbicki: Dredging costs will stay low.',
    );
    expect(labels(mine ?? undefined, 'button')).toContain('Remove this relation');
  });

  it('never offers a subscribed person to be merged away', async () => {
    const merge = [...(section('Ana Own')?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Merge…');
    await act(async () => merge?.click());
    expect(root.querySelector('.panel h2')?.textContent).toContain('Ana Own');
    const options = [...root.querySelectorAll('.panel select option')].map((o) => o.textContent);
    expect(options).not.toContain('Wang Yi');
  });

  it('filters by origin: mine, or one subscription', async () => {
    const label = [...root.querySelectorAll('.filters label')].find((l) => l.textContent?.startsWith('Origin'));
    const select = label?.querySelector('select');
    if (!select) throw new Error('no origin filter');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Any', 'Mine', 'Desk library']);
    const pick = async (value: string) => {
      await act(async () => {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await act(async () => {});
    };
    await pick('mine');
    await expect.poll(() => row('Ukraine is no exception')).toBeUndefined();
    expect(row('My own words')).toBeDefined();
    await pick('sub-1');
    await expect.poll(() => row('My own words')).toBeUndefined();
    expect(row('Ukraine is no exception')).toBeDefined();
  });

  it('Copy to my record writes the reader’s own, editable copy and leaves the subscribed one', async () => {
    const copy = [...(row('Ukraine is no exception')?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Copy to my record',
    );
    await act(async () => copy?.click());
    await expect.poll(() => db.statements.count()).toBe(1);
    const [stored] = await db.statements.toArray();
    expect(stored?.text).toBe('Ukraine is no exception');
    expect(stored?.origin).toBeUndefined();
    expect(stored?.id).not.toBe('sub-1-a');
    const owner = await db.people.get(stored?.personId ?? '');
    expect([owner?.name, owner?.origin]).toEqual(['Wang Yi', undefined]);
    await expect
      .poll(() => root.querySelector('.toast')?.textContent)
      .toContain('Copied to your record, under Wang Yi');
  });
});
