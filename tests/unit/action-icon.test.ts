import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isOffFor, startActionIcon } from '@/lib/background/action-icon';
import { actionIcon, ICON_SIZES, iconMap } from '@/lib/background/icons';

describe('the icon set', () => {
  it.each(['onrecord', 'onrecord-off'] as const)('%s names a PNG for every size', (variant) => {
    const map = iconMap(variant);
    expect(Object.keys(map).map(Number)).toEqual([...ICON_SIZES]);
    for (const [size, path] of Object.entries(map)) expect(path).toBe(`icons/${variant}-${size}.png`);
  });

  it('the toolbar icon is greyed only when off', () => {
    expect(actionIcon(false)['16']).toMatch(/onrecord-16/);
    expect(actionIcon(true)['16']).toMatch(/onrecord-off-16/);
  });
});

describe('isOffFor', () => {
  it.each([
    { paused: false, disabledSites: [], url: 'https://news.example/a', off: false },
    { paused: true, disabledSites: [], url: 'https://news.example/a', off: true },
    { paused: false, disabledSites: ['news.example'], url: 'https://www.news.example/a', off: true },
    { paused: false, disabledSites: ['other.example'], url: 'https://news.example/a', off: false },
    { paused: false, disabledSites: [], url: 'about:blank', off: true },
  ])('paused $paused, off on $disabledSites, $url: greyed $off', ({ url, off, ...settings }) => {
    expect(isOffFor(settings, url)).toBe(off);
  });
});

describe('startActionIcon', () => {
  const setIcon = vi.fn(async (_details: { path: Record<string, string>; tabId?: number }) => {});
  beforeEach(() => {
    fakeBrowser.reset();
    setIcon.mockClear();
    (browser as unknown as { action: unknown }).action = { setIcon };
  });

  const lastFor = (tabId?: number) =>
    setIcon.mock.calls.filter(([d]) => d.tabId === tabId).at(-1)?.[0].path['16'] ?? '';

  it('greys the tab of a site the reader switched off, and follows the switch', async () => {
    const icon = startActionIcon(async () => ({ paused: false, disabledSites: ['off.example'] }));
    icon.noteSender({ tab: { id: 7 }, frameId: 0, url: 'https://off.example/story' });
    icon.noteSender({ tab: { id: 8 }, frameId: 0, url: 'https://on.example/story' });
    // A frame inside tab 8 on the switched-off site does not decide tab 8's icon.
    icon.noteSender({ tab: { id: 8 }, frameId: 3, url: 'https://off.example/embed' });
    await vi.waitFor(() => expect(lastFor(7)).toMatch(/onrecord-off-16/));
    expect(lastFor(8)).toMatch(/onrecord-16/);
    icon.update({ paused: false, disabledSites: [] });
    await vi.waitFor(() => expect(lastFor(7)).toMatch(/onrecord-16/));
  });

  it('greys the icon everywhere while paused', async () => {
    const icon = startActionIcon(async () => ({ paused: false, disabledSites: [] }));
    icon.update({ paused: true, disabledSites: [] });
    await vi.waitFor(() => expect(lastFor(undefined)).toMatch(/onrecord-off-16/));
  });
});
