/**
 * Reaches Chrome's real side panel from a test. Playwright lists it neither as a page nor as a frame, but the
 * DevTools protocol sees it as a target: attach to it and evaluate expressions there.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  url: string;
  type: string;
}

/** Evaluates an expression in the side panel showing `path`, or returns null while there is none. */
export async function sidePanelTarget(context: BrowserContext, page: Page, path = '/sidepanel.html') {
  const cdp = await context.newCDPSession(page);
  const send = cdp.send.bind(cdp) as (method: string, params?: object) => Promise<unknown>;
  const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const panel = targetInfos.find((t) => t.type === 'page' && new URL(t.url).pathname === path);
  if (!panel) {
    await cdp.detach();
    return null;
  }
  const { sessionId } = (await send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as {
    sessionId: string;
  };
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  (cdp.on as (event: string, listener: (e: { message: string }) => void) => void)(
    'Target.receivedMessageFromTarget',
    (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
      if (message.id !== undefined) waiting.get(message.id)?.(message.result?.result?.value);
    },
  );
  return {
    url: panel.url,
    /** The value of `expression` evaluated in the side panel (plain data only). */
    evaluate<T>(expression: string): Promise<T> {
      const id = ++next;
      const answer = new Promise<T>((resolve) => waiting.set(id, resolve as (value: unknown) => void));
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
      void send('Target.sendMessageToTarget', { sessionId, message });
      return answer;
    },
    detach: () => cdp.detach(),
  };
}
