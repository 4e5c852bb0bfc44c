import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  applySettingsChange,
  closeLocalStorage,
  createSettingsSetter,
  pageSettingsFor,
  SETTINGS_SET,
  type SettingsChange,
  type SettingsSetResponse,
} from '@/lib/background/settings-service';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import { DEFAULT_SETTINGS } from '@/lib/core/settings';
import { OnRecordDb } from '@/lib/db/database-schema';
import { loadColours, loadSettings } from '@/lib/db/repos-settings';

const ROOT = 'chrome-extension://abc/';
const freshDb = () => new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });

function setup() {
  const applied: SettingsChange[] = [];
  const notify = vi.fn(async () => {});
  const handle = createSettingsSetter({
    extensionId: 'abc',
    pageUrls: [`${ROOT}popup.html`, `${ROOT}manager.html`],
    apply: async (change) => {
      applied.push(change);
      return { settings: DEFAULT_SETTINGS, colours: DEFAULT_MARK_COLOURS };
    },
    notify,
  });
  return { handle, applied, notify };
}

function send(handle: ReturnType<typeof setup>['handle'], raw: unknown, sender: { id?: string; url?: string }) {
  return new Promise<{ returned: unknown; response?: SettingsSetResponse }>((resolve) => {
    let returned: unknown;
    const respond = vi.fn((response: SettingsSetResponse) => setTimeout(() => resolve({ returned, response }), 0));
    returned = handle(raw, sender, respond);
    if (returned !== true && respond.mock.calls.length === 0) resolve({ returned });
  });
}

const pause = { type: SETTINGS_SET, payload: { change: 'pause', paused: true } };

describe('settings changes, in the background', () => {
  it.each([
    ['the popup', { id: 'abc', url: `${ROOT}popup.html` }],
    ['the popup opened for a tab', { id: 'abc', url: `${ROOT}popup.html?tab=4` }],
    ['the manager', { id: 'abc', url: `${ROOT}manager.html#people` }],
  ])('applies a change from %s, then tells every tab', async (_name, sender) => {
    const { handle, applied, notify } = setup();
    const { returned, response } = await send(handle, pause, sender);
    expect(returned).toBe(true);
    expect(response?.ok).toBe(true);
    expect(applied).toEqual([pause.payload]);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a content script', { id: 'abc', url: 'https://news.example/story' }],
    ['the card frame', { id: 'abc', url: `${ROOT}card.html` }],
    ['the side panel', { id: 'abc', url: `${ROOT}sidepanel.html` }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a look-alike host', { id: 'abc', url: 'chrome-extension://abcd/popup.html' }],
    ['no URL', { id: 'abc' }],
  ])('ignores %s', async (_name, sender) => {
    const { handle, applied, notify } = setup();
    const { returned, response } = await send(handle, pause, sender);
    expect(returned).toBeUndefined();
    expect(response).toBeUndefined();
    expect(applied).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown change', { change: 'everything', paused: true }],
    ['a non-boolean pause', { change: 'pause', paused: 'yes' }],
    ['an extra field', { change: 'pause', paused: true, disabledSites: ['a.example'] }],
    ['an empty site', { change: 'site', site: '', enabled: false }],
    ['a colour that is not hex', { change: 'colours', colours: { ...DEFAULT_MARK_COLOURS, block: 'red;}' } }],
  ])('refuses %s with a reason', async (_name, payload) => {
    const { handle, applied } = setup();
    const { response } = await send(handle, { type: SETTINGS_SET, payload }, { id: 'abc', url: `${ROOT}popup.html` });
    expect(response?.ok).toBe(false);
    expect(applied).toEqual([]);
  });

  it('leaves other messages to other listeners', async () => {
    const { handle } = setup();
    const { returned } = await send(
      handle,
      { type: 'page/summary', payload: {} },
      { id: 'abc', url: `${ROOT}popup.html` },
    );
    expect(returned).toBeUndefined();
  });
});

describe('applySettingsChange', () => {
  it('writes each kind of change to prefs and answers what is stored', async () => {
    const db = freshDb();
    await applySettingsChange(db, { change: 'site', site: 'off.example', enabled: false });
    const paused = await applySettingsChange(db, { change: 'pause', paused: true });
    expect(paused.settings).toEqual({ paused: true, disabledSites: ['off.example'] });
    const coloured = await applySettingsChange(db, {
      change: 'colours',
      colours: { ...DEFAULT_MARK_COLOURS, person: '#ABC' },
    });
    expect(coloured.colours.person).toBe('#aabbcc');
    expect(await loadColours(db)).toEqual(coloured.colours);
    await applySettingsChange(db, { change: 'settings', settings: { paused: false, disabledSites: [] } });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('pageSettingsFor', () => {
  const colours = { ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' };
  it.each([
    [{ paused: false, disabledSites: [] }, 'https://news.example/a', true],
    [{ paused: true, disabledSites: [] }, 'https://news.example/a', false],
    [{ paused: false, disabledSites: ['news.example'] }, 'https://www.news.example/a', false],
    [{ paused: false, disabledSites: ['other.example'] }, 'https://news.example/a', true],
    [{ paused: false, disabledSites: [] }, undefined, false],
  ])('%j on %s: enabled %s, and never the list of sites', (settings, url, enabled) => {
    const answer = pageSettingsFor({ settings, colours }, url);
    expect(answer).toEqual({ enabled, colours });
    expect(JSON.stringify(answer)).not.toContain('example');
  });
});

describe('closeLocalStorage', () => {
  it('pins storage.local to trusted contexts where the browser can', async () => {
    const setAccessLevel = vi.fn(async (_options: { accessLevel: string }) => {});
    expect(await closeLocalStorage({ setAccessLevel })).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it.each([
    ['a browser without setAccessLevel (Firefox)', {}],
    ['an area whose setAccessLevel is not a function', { setAccessLevel: 'TRUSTED_CONTEXTS' as never }],
  ])('does nothing in %s', async (_name, area) => {
    expect(await closeLocalStorage(area)).toBe(false);
  });
});
