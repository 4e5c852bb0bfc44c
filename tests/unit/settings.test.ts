import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  isEnabledOn,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
  setSiteEnabled,
  siteKeyOf,
  watchSettings,
  withSiteEnabled,
} from '@/lib/core/settings';

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

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through storage.local and notifies watchers', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setSiteEnabled('newsweek.com', false);
    expect(await loadSettings()).toEqual({ paused: false, disabledSites: ['newsweek.com'] });
    expect(seen.at(-1)).toEqual({ paused: false, disabledSites: ['newsweek.com'] });
    stop();
    await setSiteEnabled('newsweek.com', true);
    expect(seen).toHaveLength(1);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores changes to other keys', async () => {
    const seen: Settings[] = [];
    watchSettings((s) => seen.push(s));
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { paused: true, disabledSites: [] } });
    expect(seen).toEqual([{ paused: true, disabledSites: [] }]);
  });
});
