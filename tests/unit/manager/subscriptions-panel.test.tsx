import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import type { LibraryData } from '@/lib/core/library-model';
import { subscriptionClient } from '@/lib/core/subscription-client';
import { type FakeBackground, fakeBackground, makeSubscription } from '@/tests/support/fake-subscriptions';
import { freshRoot } from '@/tests/support/render-root';

const EMPTY: LibraryData = { people: [], statements: [], relations: [] };

let root: HTMLElement;
beforeEach(() => freshRoot((el) => (root = el)));

async function mount(fake: FakeBackground, link: string | null = null) {
  await act(async () => {
    render(
      <ManagerApp
        data={EMPTY}
        onLoadStarter={async () => {}}
        subscriptions={subscriptionClient(fake.send)}
        subscribeLink={link}
      />,
      root,
    );
  });
  await act(async () => {});
}

const section = () => root.querySelector<HTMLElement>('section.subscriptions');
const dialog = () => root.querySelector<HTMLDialogElement>('dialog');
const buttonIn = (scope: ParentNode | null | undefined, label: string) => {
  const found = [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
};
const click = async (b: HTMLElement) => {
  await act(async () => b.click());
  await act(async () => {});
};
const addressField = () => {
  const label = [...(section()?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.includes('Pack address'));
  return label?.querySelector('input') ?? null;
};
async function typeAddress(url: string) {
  const input = addressField();
  if (!input) throw new Error('no Pack address field');
  await act(async () => {
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(buttonIn(section()?.querySelector('form'), 'Subscribe'));
}

describe('the Subscriptions section', () => {
  it('has a field labelled "Pack address" and a Subscribe button, and says when nothing is contacted', async () => {
    await mount(fakeBackground());
    expect(section()?.querySelector('h2')?.textContent).toBe('Subscriptions');
    expect(addressField()?.type).toBe('url');
    expect(buttonIn(section(), 'Subscribe').type).toBe('submit');
    expect(section()?.textContent).toContain('No subscriptions: OnRecord contacts no address.');
  });

  it('asks in a dialog with the pack’s details before subscribing, and subscribes only on Subscribe', async () => {
    const fake = fakeBackground();
    await mount(fake);
    await typeAddress('https://desk.example/library.onrecord.json');
    const d = dialog();
    expect(d?.open).toBe(true);
    expect(d?.getAttribute('aria-labelledby')).toBe('subscribe-dialog-title');
    expect(d?.querySelector('#subscribe-dialog-title')?.textContent).toBe('Subscribe to “Desk library”?');
    for (const words of ['The Desk', 'CC BY 4.0', '12.5 KB', '3F2A 91C0 7B44 E1D9', '8 records', '5 statements'])
      expect(d?.textContent).toContain(words);
    expect(fake.sent.map((m) => m.type)).not.toContain('subscription/add');

    await click(buttonIn(d, 'Subscribe'));
    expect(fake.sent.find((m) => m.type === 'subscription/add')?.payload).toEqual({
      url: 'https://desk.example/library.onrecord.json',
      publicKey: 'AAAA',
      intervalHours: 24,
    });
    expect(dialog()).toBeNull();
    expect(section()?.querySelector('.subscription h3')?.textContent).toBe('Desk library');
    expect(section()?.querySelector('.fact-records dd')?.textContent).toBe(
      '8 records (2 people, 5 statements and 1 relation)',
    );
  });

  it.each([
    ['Cancel', (d: HTMLDialogElement) => buttonIn(d, 'Cancel').click()],
    ['Escape', (d: HTMLDialogElement) => d.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))],
  ])('closes the dialog on %s without subscribing', async (_how, close) => {
    const fake = fakeBackground();
    await mount(fake);
    await typeAddress('https://desk.example/library.onrecord.json');
    const d = dialog();
    if (!d) throw new Error('no dialog');
    await act(async () => close(d));
    expect(dialog()).toBeNull();
    expect(fake.sent.map((m) => m.type)).not.toContain('subscription/add');
  });

  it('opens the question for a subscribe link at once, and still waits for Subscribe', async () => {
    const fake = fakeBackground();
    await mount(fake, 'https://desk.example/library.onrecord.json');
    expect(fake.sent.find((m) => m.type === 'subscription/preview')?.payload).toEqual({
      url: 'https://desk.example/library.onrecord.json',
    });
    expect(dialog()?.textContent).toContain('Desk library');
    expect(fake.sent.map((m) => m.type)).not.toContain('subscription/add');
  });

  it('says why a pack cannot be subscribed to, in the dialog, with no Subscribe button', async () => {
    const fake = fakeBackground();
    fake.preview = () => ({ ok: false, error: 'The server did not answer.' });
    await mount(fake);
    await typeAddress('https://down.example/p.onrecord.json');
    expect(dialog()?.querySelector('[role="alert"]')?.textContent).toContain('The server did not answer.');
    expect(() => buttonIn(dialog(), 'Subscribe')).toThrow();
  });

  it('shows each subscription’s checks, record count and last error', async () => {
    const failing = makeSubscription({ lastError: 'The pack is over 50 MB.', lastChangedAt: undefined });
    await mount(fakeBackground([failing]));
    const row = section()?.querySelector('.subscription');
    expect(row?.querySelector('.subscription-error')?.textContent).toContain('The pack is over 50 MB.');
    expect(row?.querySelector('.fact-changed dd')?.textContent).toBe('never');
    expect(row?.querySelector('.fact-checked dd')?.textContent).not.toBe('never');
    expect(row?.querySelector('.fact-key dd')?.textContent).toBe('3F2A 91C0 7B44 E1D9');
  });

  it.each([
    ['unchanged', { ok: true, outcome: 'unchanged' }, '“Desk library” has not changed since the last check.'],
    ['changed', { ok: true, outcome: 'changed' }, '“Desk library” updated: the new version is in your library.'],
  ])('Update now says when the pack is %s', async (_case, outcome, words) => {
    const fake = fakeBackground([makeSubscription()]);
    fake.updateNow = () => ({ ...outcome, subscription: fake.subscriptions[0] });
    await mount(fake);
    await click(buttonIn(section(), 'Update now'));
    expect(section()?.querySelector('[role="status"]')?.textContent).toBe(words);
  });

  it('Update now that fails shows the error and the subscription as the background kept it', async () => {
    const fake = fakeBackground([makeSubscription()]);
    const kept = makeSubscription({ lastError: 'The signature does not match the pinned key.' });
    fake.updateNow = () => ({ ok: false, error: kept.lastError, subscription: kept });
    await mount(fake);
    await click(buttonIn(section(), 'Update now'));
    expect(section()?.querySelector('[role="alert"]')?.textContent).toContain('the version you have is kept');
    expect(section()?.querySelector('.subscription-error')?.textContent).toContain('pinned key');
  });

  it('changes the interval through the menu', async () => {
    const fake = fakeBackground([makeSubscription()]);
    await mount(fake);
    const select = section()?.querySelector('select');
    if (!select) throw new Error('no interval menu');
    await act(async () => {
      select.value = '168';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
    expect(fake.sent.find((m) => m.type === 'subscription/set-interval')?.payload).toEqual({
      id: 'sub-1',
      intervalHours: 168,
    });
    expect(section()?.querySelector('select')?.value).toBe('168');
  });

  it('unsubscribes, and Undo brings the subscription back', async () => {
    const fake = fakeBackground([makeSubscription()]);
    await mount(fake);
    await click(buttonIn(section(), 'Unsubscribe'));
    expect(section()?.querySelector('.subscription')).toBeNull();
    expect(root.querySelector('.toast')?.textContent).toContain('Unsubscribed from “Desk library”');
    await click(buttonIn(root.querySelector('.toast'), 'Undo'));
    expect(fake.sent.find((m) => m.type === 'subscription/restore')?.payload).toEqual({ undoId: 'undo-sub-1' });
    expect(section()?.querySelector('.subscription h3')?.textContent).toBe('Desk library');
  });
});
