import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import type { PageSettings } from '@/lib/core/protocol';
import { askPageSettings, followPageSettings, parsePageSettings } from '@/lib/page/page-settings';

const green = { ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' };

describe('the content script’s settings', () => {
  it.each([
    [
      { ok: true, result: { enabled: true, colours: green } },
      { enabled: true, colours: green },
    ],
    [
      { ok: true, result: { enabled: false, colours: { direct: 'x' } } },
      { enabled: false, colours: DEFAULT_MARK_COLOURS },
    ],
    [{ ok: true, result: { enabled: 'yes', colours: green } }, null],
    [{ ok: false, error: 'refused' }, null],
    [undefined, null],
    ['garbage', null],
  ])('reads the answer %j as %j', (answer, expected) => {
    expect(parsePageSettings(answer)).toEqual(expected);
  });

  it('asks the background with an empty settings/page message, and is off when it cannot', async () => {
    const send = vi.fn(async () => ({ ok: true, result: { enabled: true, colours: green } }));
    expect(await askPageSettings(send)).toEqual({ enabled: true, colours: green });
    expect(send).toHaveBeenCalledWith({ type: 'settings/page', payload: {} });
    expect(await askPageSettings(async () => Promise.reject(new Error('gone')))).toBeNull();
  });

  it('asks again on each change the background announces, drops overtaken answers, and stops', async () => {
    const listeners: Array<(m: unknown) => unknown> = [];
    const onMessage = {
      addListener: (l: (m: unknown) => unknown) => listeners.push(l),
      removeListener: (l: (m: unknown) => unknown) => listeners.splice(listeners.indexOf(l), 1),
    };
    const answers = [true, false, true];
    const send = vi.fn(async () => {
      const enabled = answers.shift();
      // The first answer arrives last: it must not undo the newer ones.
      if (enabled === true && answers.length === 2) await new Promise((r) => setTimeout(r, 20));
      return { ok: true, result: { enabled, colours: green } };
    });
    const seen: PageSettings[] = [];
    const stop = followPageSettings((s) => seen.push(s), send, onMessage as never);
    listeners[0]?.({ type: 'other' });
    listeners[0]?.({ type: 'settings/changed', payload: {} });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 40));
    expect(seen.map((s) => s.enabled)).toEqual([false]);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
