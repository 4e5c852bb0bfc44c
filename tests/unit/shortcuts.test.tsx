import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { sendStep, startShortcuts } from '@/lib/background/shortcuts';
import { readShortcutKeys } from '@/lib/popup/shortcut-keys';

type Listener = (command: string, tab?: { id?: number }) => void;

describe('keyboard commands in the background', () => {
  let sent: { tabId: number; message: unknown }[];
  let listeners: Listener[];

  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    listeners = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      sent.push({ tabId, message });
      return true;
    }) as never);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((l: Listener) => {
      listeners.push(l);
    }) as never);
  });
  afterEach(() => vi.restoreAllMocks());

  it('turns each command into a step message for the tab it was pressed in', async () => {
    startShortcuts();
    expect(listeners).toHaveLength(1);
    listeners[0]!('next-quote', { id: 7 });
    listeners[0]!('previous-quote', { id: 9 });
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { tabId: 7, message: { type: 'page/step', payload: { direction: 'next' } } },
      { tabId: 9, message: { type: 'page/step', payload: { direction: 'previous' } } },
    ]);
  });

  it('ignores commands it does not know', async () => {
    await sendStep('_execute_action', 7);
    expect(sent).toEqual([]);
  });

  it('falls back to the active tab when the browser names none, and to nothing without one', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValueOnce([{ id: 3 }] as never);
    await sendStep('next-quote', undefined);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(sent).toEqual([{ tabId: 3, message: { type: 'page/step', payload: { direction: 'next' } } }]);
    query.mockResolvedValueOnce([] as never);
    await sendStep('next-quote', undefined);
    expect(sent).toHaveLength(1);
  });

  it('survives a tab without the content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    await expect(sendStep('next-quote', 5)).resolves.toBeUndefined();
  });

  it('reads the keys the browser bound, empty where the reader cleared one', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', shortcut: '' },
      { name: 'next-quote', shortcut: 'Ctrl+Shift+Period' },
      { name: 'previous-quote' },
    ] as never);
    expect(await readShortcutKeys()).toEqual({ next: 'Ctrl+Shift+Period', previous: '' });
  });
});

describe('the popup names the shortcut', () => {
  const host = document.createElement('div');
  const props = {
    state: { kind: 'unscriptable' } as const,
    settings: null,
    onToggleSite() {},
    onTogglePause() {},
    onOpenManager() {},
    onReveal() {},
  };
  afterEach(() => render(null, host));

  it('with the keys as bound', () => {
    render(<Popup {...props} shortcuts={{ next: 'Alt+Shift+J', previous: 'Alt+Shift+K' }} />, host);
    expect(host.querySelector('.shortcut')?.textContent).toBe(
      'Keyboard: Alt+Shift+J next quote, Alt+Shift+K previous quote; Esc closes the card.',
    );
  });

  it('with a hint when the reader cleared both', () => {
    render(<Popup {...props} shortcuts={{ next: '', previous: '' }} />, host);
    expect(host.querySelector('.shortcut')?.textContent).toMatch(/Set a shortcut between quotes/);
  });

  it('not at all before the keys are read', () => {
    render(<Popup {...props} />, host);
    expect(host.querySelector('.shortcut')).toBeNull();
  });
});
