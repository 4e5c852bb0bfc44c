/**
 * The content script's view of "remember quotes on this site": it asks the background whether its own site is
 * opted in (the background answers for the sender's site only, from the extension's database), and asks again
 * when the popup says the reader flipped the switch. It never sees the list of sites.
 */
import { browser } from 'wxt/browser';
import type { ContentToBackground, Message, PopupToContent } from '@/lib/core/protocol';

/** Whether this frame's site is opted in, as the background answers; false when it cannot be asked. */
export async function askRememberStatus(
  send: (message: Message<ContentToBackground>) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<boolean> {
  try {
    const answer = (await send({ type: 'capture/remember-status', payload: {} })) as {
      ok?: boolean;
      result?: unknown;
    } | null;
    return answer?.ok === true && answer.result === true;
  } catch {
    return false;
  }
}

/** Calls back when the popup reports a change of the switch; returns the unsubscribe function. */
export function watchRememberStatus(onChange: () => void): () => void {
  const listener = (message: unknown) => {
    if ((message as Message<PopupToContent> | undefined)?.type === 'capture/remember-changed') onChange();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The shape rememberWhileOptedIn (lib/page/remember-page) follows: this site, or nothing. */
export function rememberSitesOfThisFrame(site: string | null): {
  load(): Promise<string[]>;
  watch(onChange: (sites: string[]) => void): () => void;
} {
  const load = async () => (site !== null && (await askRememberStatus()) ? [site] : []);
  return {
    load,
    watch: (onChange) =>
      watchRememberStatus(() => {
        load().then(onChange, () => {});
      }),
  };
}
