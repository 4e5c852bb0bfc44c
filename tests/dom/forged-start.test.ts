import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedStarts, scriptStartedEventName } from '@/lib/page/forged-start';

const started = (name: string) =>
  new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' }, bubbles: true });

describe('ignoreForgedStarts', () => {
  const contexts: ContentScriptContext[] = [];
  const context = () => {
    const ctx = new ContentScriptContext('content');
    contexts.push(ctx);
    return ctx;
  };
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<p>text</p>';
  });
  afterEach(() => {
    for (const ctx of contexts.splice(0)) ctx.abort();
  });

  it("names the event as WXT does, under the extension's id", () => {
    const name = scriptStartedEventName(context(), fakeBrowser.runtime.id, 'content');
    expect(name.startsWith(`${fakeBrowser.runtime.id}:`)).toBe(true);
    expect(name.endsWith(':wxt:content-script-started')).toBe(true);
  });

  it('keeps a live copy running when the page sends the event, on the document or from inside it', () => {
    // Without the guard the same events stop a copy: the attack is real.
    const bare = context();
    const name = scriptStartedEventName(bare, fakeBrowser.runtime.id, 'content');
    document.dispatchEvent(started(name));
    expect(bare.signal.aborted).toBe(true);

    const guarded = context();
    ignoreForgedStarts(guarded, window, name);
    document.dispatchEvent(started(name));
    document.querySelector('p')?.dispatchEvent(started(name));
    // Another copy starting while the extension is alive is no reason to stop either.
    context();
    expect(guarded.signal.aborted).toBe(false);
  });

  it('lets the event through, and stops, once the extension behind the copy is gone', () => {
    const ctx = context();
    const name = scriptStartedEventName(ctx, fakeBrowser.runtime.id, 'content');
    ignoreForgedStarts(ctx, window, name);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    document.dispatchEvent(started(name));
    expect(ctx.signal.aborted).toBe(true);
  });
});
