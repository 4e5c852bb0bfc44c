/**
 * The content script's view of the reader's settings: it asks the background whether OnRecord is on for its own
 * site and which colours to paint, and asks again whenever the background says they changed. Nothing is read
 * from storage a page could write; a failed question leaves OnRecord off.
 */
import { browser } from 'wxt/browser';
import { parseMarkColours } from '@/lib/core/colours';
import type { BackgroundToContent, ContentToBackground, Message, PageSettings } from '@/lib/core/protocol';

/** Reads the gate's answer to 'settings/page'; null for anything else. */
export function parsePageSettings(answer: unknown): PageSettings | null {
  const { ok, result } = (answer ?? {}) as { ok?: unknown; result?: unknown };
  if (ok !== true || !result || typeof result !== 'object') return null;
  const { enabled, colours } = result as { enabled?: unknown; colours?: unknown };
  if (typeof enabled !== 'boolean') return null;
  return { enabled, colours: parseMarkColours(colours) };
}

type Send = (message: Message<ContentToBackground>) => Promise<unknown>;

/** This frame's settings as the background answers; null when it cannot be asked. */
export async function askPageSettings(
  send: Send = (m) => browser.runtime.sendMessage(m),
): Promise<PageSettings | null> {
  try {
    return parsePageSettings(await send({ type: 'settings/page', payload: {} }));
  } catch {
    return null;
  }
}

/**
 * Calls back with this frame's settings now and after every change the background announces; an answer
 * overtaken by a newer question is dropped. Returns the stop function.
 */
export function followPageSettings(
  onChange: (settings: PageSettings) => void,
  send?: Send,
  onMessage: Pick<typeof browser.runtime.onMessage, 'addListener' | 'removeListener'> = browser.runtime.onMessage,
): () => void {
  let asked = 0;
  let stopped = false;
  const ask = () => {
    const mine = ++asked;
    askPageSettings(send).then((settings) => {
      if (settings && mine === asked && !stopped) onChange(settings);
    });
  };
  const listener = (message: unknown) => {
    if ((message as Message<BackgroundToContent> | undefined)?.type === 'settings/changed') ask();
    return undefined;
  };
  onMessage.addListener(listener);
  ask();
  return () => {
    stopped = true;
    onMessage.removeListener(listener);
  };
}
