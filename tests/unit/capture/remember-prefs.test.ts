import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isSiteRemembered,
  loadRememberSites,
  moveRememberSitesToPrefs,
  REMEMBER_SITES_KEY,
  rememberStatusFor,
  setSiteRemembered,
} from '@/lib/background/remember-sites';
import { createContentGate, type GateResponse } from '@/lib/core/validate';
import { OnRecordDb } from '@/lib/db/database-schema';
import { askRememberStatus, rememberSitesOfThisFrame } from '@/lib/page/remember-status';

const freshDb = () => new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });

describe('remember sites, kept in the extension database', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off everywhere until switched on, and writes nothing to storage.local', async () => {
    const db = freshDb();
    expect(await isSiteRemembered(db, 'news.example')).toBe(false);
    expect(await setSiteRemembered(db, 'news.example', true)).toEqual(['news.example']);
    await setSiteRemembered(db, 'b.example', true);
    expect(await loadRememberSites(db)).toEqual(['b.example', 'news.example']);
    expect(await isSiteRemembered(db, null)).toBe(false);
    await setSiteRemembered(db, 'news.example', false);
    expect(await loadRememberSites(db)).toEqual(['b.example']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('moves an old storage.local list into prefs once, joined with what is there, and removes the old key', async () => {
    const db = freshDb();
    await setSiteRemembered(db, 'a.example', true);
    await fakeBrowser.storage.local.set({ [REMEMBER_SITES_KEY]: ['c.example', 'a.example'], other: 1 });
    expect(await moveRememberSitesToPrefs(db, fakeBrowser.storage.local)).toEqual(['a.example', 'c.example']);
    expect(await loadRememberSites(db)).toEqual(['a.example', 'c.example']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    // A second startup finds nothing to move and changes nothing.
    expect(await moveRememberSitesToPrefs(db, fakeBrowser.storage.local)).toBeNull();
    expect(await loadRememberSites(db)).toEqual(['a.example', 'c.example']);
  });

  it('never merges the old key again once the move ran, whatever is written there later', async () => {
    const db = freshDb();
    expect(await moveRememberSitesToPrefs(db, fakeBrowser.storage.local)).toBeNull();
    // A content script can write storage.local: the next background start must not read it as opt-ins.
    await fakeBrowser.storage.local.set({ [REMEMBER_SITES_KEY]: ['evil.example'] });
    expect(await moveRememberSitesToPrefs(db, fakeBrowser.storage.local)).toBeNull();
    expect(await loadRememberSites(db)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(REMEMBER_SITES_KEY)).toEqual({});
  });

  it('drops a damaged old value instead of trusting it', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ [REMEMBER_SITES_KEY]: 'everything' });
    expect(await moveRememberSitesToPrefs(db, fakeBrowser.storage.local)).toEqual([]);
    expect(await fakeBrowser.storage.local.get(REMEMBER_SITES_KEY)).toEqual({});
  });

  it("answers a content script about its own frame's site only", async () => {
    const db = freshDb();
    await setSiteRemembered(db, 'news.example', true);
    expect(await rememberStatusFor(db, 'https://www.news.example/a')).toBe(true);
    expect(await rememberStatusFor(db, 'https://other.example/a')).toBe(false);
    expect(await rememberStatusFor(db, undefined)).toBe(false);
  });

  it('goes through the content gate: the sender decides the site, the payload carries nothing', async () => {
    const db = freshDb();
    await setSiteRemembered(db, 'news.example', true);
    const gate = createContentGate(
      { 'capture/remember-status': (_p, sender) => rememberStatusFor(db, sender.url) },
      () => false,
    );
    const ask = (raw: unknown, url: string) =>
      new Promise<GateResponse>((resolve) => {
        gate(raw, { tab: { id: 1 }, url }, resolve);
      });
    const status = { type: 'capture/remember-status', payload: {} };
    expect(await ask(status, 'https://news.example/x')).toEqual({ ok: true, result: true });
    expect(await ask(status, 'https://elsewhere.example/x')).toEqual({ ok: true, result: false });
    // Naming another site in the payload is refused outright.
    const sneaky = { type: 'capture/remember-status', payload: { site: 'news.example' } };
    expect((await ask(sneaky, 'https://elsewhere.example/x')).ok).toBe(false);
  });

  it('the page side turns the answer into this site or nothing', async () => {
    expect(await askRememberStatus(async () => ({ ok: true, result: true }))).toBe(true);
    expect(await askRememberStatus(async () => ({ ok: true, result: 'yes' }))).toBe(false);
    expect(await askRememberStatus(async () => ({ ok: false, error: 'x' }))).toBe(false);
    expect(
      await askRememberStatus(async () => {
        throw new Error('extension reloaded');
      }),
    ).toBe(false);
    expect(await rememberSitesOfThisFrame(null).load()).toEqual([]);
  });
});
