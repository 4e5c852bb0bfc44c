import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LEGACY_SETTINGS_KEYS, moveSettingsToPrefs } from '@/lib/background/settings-move';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import { DEFAULT_SETTINGS } from '@/lib/core/settings';
import { OnRecordDb } from '@/lib/db/database-schema';
import { loadColours, loadSettings, saveSettings } from '@/lib/db/repos-settings';

const freshDb = () => new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });
const local = () => fakeBrowser.storage.local;
const old = {
  [LEGACY_SETTINGS_KEYS.settings]: { paused: true, disabledSites: ['off.example'] },
  [LEGACY_SETTINGS_KEYS.colours]: { ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' },
};

describe('moving settings out of storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves old settings and colours into prefs once and removes the old keys', async () => {
    const db = freshDb();
    await local().set({ ...old, other: 1 });
    expect(await moveSettingsToPrefs(db, local())).toEqual({ settings: true, colours: true });
    expect(await loadSettings(db)).toEqual(old[LEGACY_SETTINGS_KEYS.settings]);
    expect((await loadColours(db)).direct).toBe('#2a9d3c');
    expect(await local().get(null)).toEqual({ other: 1 });
  });

  it('never reads the old keys again: a page writing them later changes nothing', async () => {
    const db = freshDb();
    expect(await moveSettingsToPrefs(db, local())).toEqual({ settings: false, colours: false });
    // A content script can write storage.local: the next background start must only remove what it wrote.
    await local().set(old);
    expect(await moveSettingsToPrefs(db, local())).toEqual({ settings: false, colours: false });
    expect(await loadSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(await loadColours(db)).toEqual(DEFAULT_MARK_COLOURS);
    expect(await local().get(null)).toEqual({});
  });

  it.each([
    ['settings', { [LEGACY_SETTINGS_KEYS.settings]: 'garbage' }, DEFAULT_SETTINGS],
    ['colours', { [LEGACY_SETTINGS_KEYS.colours]: { direct: 'url(x)' } }, DEFAULT_SETTINGS],
  ])('reads damaged old %s as defaults', async (_name, stored, settings) => {
    const db = freshDb();
    await local().set(stored as Record<string, unknown>);
    await moveSettingsToPrefs(db, local());
    expect(await loadSettings(db)).toEqual(settings);
    expect(await loadColours(db)).toEqual(DEFAULT_MARK_COLOURS);
    expect(await local().get(null)).toEqual({});
  });

  it('keeps a value already in prefs over an old one', async () => {
    const db = freshDb();
    await saveSettings(db, { paused: false, disabledSites: ['kept.example'] });
    await local().set(old);
    expect(await moveSettingsToPrefs(db, local())).toEqual({ settings: false, colours: true });
    expect(await loadSettings(db)).toEqual({ paused: false, disabledSites: ['kept.example'] });
  });
});
