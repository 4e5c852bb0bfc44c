/**
 * Keeps a page from switching OnRecord off on itself. WXT stops an older copy of a content script when a
 * newer copy announces itself with a DOM event named after the extension's id, and that id is public (the
 * store id, the gecko id), so any page script can send the same event. A copy whose extension is still
 * there is never the older one: such an event is stopped before WXT's listener on the document sees it.
 * Only a copy whose runtime is gone (the extension was updated, reloaded or removed) lets it through, and
 * stops. That the runtime is gone is what the context's own check (`browser.runtime.id`) says, and a page
 * cannot fake it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** WXT's name for the event, read from the context class; the fallback is how WXT 0.21 builds it. */
export function scriptStartedEventName(ctx: ContentScriptContext, extensionId: string, entrypoint: string): string {
  const fromClass = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof fromClass === 'string' ? fromClass : `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

/**
 * Stops "a newer copy started" events from invalidating `ctx` while the extension behind it is alive.
 * Listens in the capture phase on the window, which runs before WXT's listener on the document wherever in
 * the document the event is dispatched.
 */
export function ignoreForgedStarts(ctx: ContentScriptContext, win: Window, eventName: string): void {
  win.addEventListener(
    eventName,
    (event) => {
      // `isValid` asks the runtime, and invalidates the context itself when the extension is gone.
      if (ctx.isValid) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
