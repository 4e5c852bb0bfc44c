import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import { DEFAULT_SETTINGS } from '@/lib/core/settings';
import { changeSettings } from '@/lib/core/settings-change';

afterEach(() => vi.restoreAllMocks());

describe('changeSettings, from the popup and the manager', () => {
  it('sends one change to the background and answers what it stored', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, paused: true },
      colours: DEFAULT_MARK_COLOURS,
    } as never);
    const stored = await changeSettings({ change: 'pause', paused: true });
    expect(send).toHaveBeenCalledWith({ type: 'settings/set', payload: { change: 'pause', paused: true } });
    expect(stored.settings.paused).toBe(true);
  });

  it.each([
    [{ ok: false, error: 'settings/set: refused' }, /refused/],
    [undefined, /did not answer/],
  ])('throws when the background answers %j', async (answer, message) => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(answer as never);
    await expect(changeSettings({ change: 'pause', paused: false })).rejects.toThrow(message);
  });
});
