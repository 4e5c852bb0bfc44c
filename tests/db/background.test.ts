import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { db } from '@/lib/db/database';
import { listPeople, putPerson } from '@/lib/db/repos';
import { person } from './helpers';

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no ports; the card relay's port wiring is tested on its own.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
  await db.delete();
  await db.open();
  background.main();
});

/** Lets the fire-and-forget install work finish before the library is read. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await db.transaction('r', db.people, () => undefined);
}

describe('background', () => {
  it('loads the starter pack on first install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect
      .poll(async () => (await listPeople(db)).map((p) => p.name))
      .toEqual(['Hua Chunying', 'Sergey Lavrov', 'Wang Yi']);
  });

  it.each([{ reason: 'update', previousVersion: '0.0.1' } as const, { reason: 'chrome_update' } as const])(
    'loads nothing on $reason',
    async (details) => {
      await fakeBrowser.runtime.onInstalled.trigger(details);
      await settled();
      expect(await listPeople(db)).toEqual([]);
    },
  );

  it('leaves a reader’s library alone on install', async () => {
    await putPerson(db, person({ id: 'mine', name: 'Someone' }));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settled();
    expect((await listPeople(db)).map((p) => p.id)).toEqual(['mine']);
  });
});
