import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isEnabledOn,
  parseSettings,
  type Settings,
  siteKeyOf,
  withSiteEnabled,
} from '@/lib/core/settings';
import { OnRecordDb } from '@/lib/db/database-schema';
import { loadSettings, SETTINGS_PREF, setPaused, setSiteEnabled } from '@/lib/db/repos-settings';

describe('siteKeyOf', () => {
  it.each([
    ['https://www.newsweek.com/china-russia', 'newsweek.com'],
    ['http://NEWS.example.org:8080/a?b#c', 'news.example.org'],
    ['https://localhost/x', 'localhost'],
    ['chrome://extensions', null],
    ['about:blank', null],
    ['file:///tmp/page.html', null],
    ['not a url', null],
  ])('%s -> %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });
});

describe('parseSettings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    [null, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [{ paused: true }, { paused: true, disabledSites: [] }],
    [
      { paused: 'yes', disabledSites: ['a.com'] },
      { paused: false, disabledSites: ['a.com'] },
    ],
    [{ disabledSites: 'a.com' }, { paused: false, disabledSites: [] }],
  ])('%j', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });
});

describe('isEnabledOn / withSiteEnabled', () => {
  const off: Settings = { paused: false, disabledSites: ['b.com'] };
  it.each([
    [DEFAULT_SETTINGS, 'a.com', true],
    [off, 'b.com', false],
    [off, 'a.com', true],
    [{ paused: true, disabledSites: [] }, 'a.com', false],
    [DEFAULT_SETTINGS, null, false],
  ])('%j on %s -> %s', (settings, site, enabled) => {
    expect(isEnabledOn(settings, site)).toBe(enabled);
  });

  it('adds a site once, keeps the list sorted, and removes it again', () => {
    let s = withSiteEnabled(off, 'a.com', false);
    s = withSiteEnabled(s, 'a.com', false);
    expect(s.disabledSites).toEqual(['a.com', 'b.com']);
    s = withSiteEnabled(s, 'b.com', true);
    expect(s.disabledSites).toEqual(['a.com']);
  });
});

describe('stored in the extension database', () => {
  beforeEach(() => fakeBrowser.reset());
  const freshDb = () => new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });

  it('round-trips through prefs, and writes nothing to storage.local', async () => {
    const db = freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSiteEnabled(db, 'newsweek.com', false);
    await setPaused(db, true);
    expect(await loadSettings(db)).toEqual({ paused: true, disabledSites: ['newsweek.com'] });
    await setSiteEnabled(db, 'newsweek.com', true);
    await setPaused(db, false);
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads a damaged stored value as defaults', async () => {
    const db = freshDb();
    await db.prefs.put({ key: SETTINGS_PREF, value: 'garbage', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
