import { describe, expect, it, vi } from 'vitest';
import { createRememberToggle } from '@/lib/background/remember-toggle';
import { REMEMBER_SET, type RememberSetResponse } from '@/lib/core/remember-set';

const ROOT = 'chrome-extension://abc/';

function setup() {
  const saved: Array<[string, boolean]> = [];
  const notified: number[] = [];
  const handle = createRememberToggle({
    extensionId: 'abc',
    popupUrl: `${ROOT}popup.html`,
    save: async (site, on) => {
      saved.push([site, on]);
      return on ? [site] : [];
    },
    notify: async (tabId) => {
      notified.push(tabId);
    },
  });
  return { handle, saved, notified };
}

function send(handle: ReturnType<typeof setup>['handle'], raw: unknown, sender: { id?: string; url?: string }) {
  return new Promise<{ returned: unknown; response?: RememberSetResponse }>((resolve) => {
    let returned: unknown;
    const respond = vi.fn((response: RememberSetResponse) => setTimeout(() => resolve({ returned, response }), 0));
    returned = handle(raw, sender, respond);
    if (returned !== true && respond.mock.calls.length === 0) resolve({ returned });
  });
}

const popup = { id: 'abc', url: `${ROOT}popup.html` };

describe('the popup’s remember switch, in the background', () => {
  it('writes the choice, answers with the sites, then tells the tab', async () => {
    const { handle, saved, notified } = setup();
    const { returned, response } = await send(
      handle,
      { type: REMEMBER_SET, payload: { site: 'news.example', on: true, tabId: 7 } },
      popup,
    );
    expect(returned).toBe(true);
    expect(response).toEqual({ ok: true, sites: ['news.example'] });
    expect(saved).toEqual([['news.example', true]]);
    expect(notified).toEqual([7]);
  });

  it('tells no tab when the popup has none', async () => {
    const { handle, notified } = setup();
    await send(handle, { type: REMEMBER_SET, payload: { site: 'news.example', on: false } }, popup);
    expect(notified).toEqual([]);
  });

  it.each([
    ['a content script', { id: 'abc', url: 'https://news.example/story' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }],
    ['a look-alike host', { id: 'abc', url: 'chrome-extension://abcd/popup.html' }],
    ['no URL', { id: 'abc' }],
  ])('ignores %s', async (_name, sender) => {
    const { handle, saved } = setup();
    const { returned, response } = await send(
      handle,
      { type: REMEMBER_SET, payload: { site: 'news.example', on: true, tabId: 1 } },
      sender,
    );
    expect(returned).toBeUndefined();
    expect(response).toBeUndefined();
    expect(saved).toEqual([]);
  });

  it.each([
    { site: '', on: true },
    { site: 'news.example', on: 'yes' },
    { site: 'news.example', on: true, tabId: -1 },
    { site: 'x'.repeat(301), on: true },
    { site: 'news.example', on: true, extra: 1 },
  ])('refuses a malformed payload %j and writes nothing', async (payload) => {
    const { handle, saved } = setup();
    const { response } = await send(handle, { type: REMEMBER_SET, payload }, popup);
    expect(response?.ok).toBe(false);
    expect(saved).toEqual([]);
  });

  it('leaves other messages to other listeners', async () => {
    const { handle } = setup();
    expect(handle({ type: 'panel/lookup', payload: {} }, popup, () => {})).toBeUndefined();
  });
});
