import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { BackgroundToContent, CardToContent, Message, PageSummary, PopupToContent } from '@/lib/core/protocol';
import { siteKeyOf } from '@/lib/core/settings';
import { readPageInfo } from '@/lib/page/dom/page-info';
import { ignoreForgedStarts, scriptStartedEventName } from '@/lib/page/forged-start';
import { type LivePage, startLivePage } from '@/lib/page/live-page';
import { followColours } from '@/lib/page/page-colours';
import { followPageSettings } from '@/lib/page/page-settings';
import { rememberWhileOptedIn } from '@/lib/page/remember-page';
import { rememberSitesOfThisFrame } from '@/lib/page/remember-status';
import { detectInBackground } from '@/lib/page/remote-detect';
import { isNewPage, ROUTE_SETTLE_MS } from '@/lib/page/route';
import { readSelectionContext } from '@/lib/page/selection-context';
import { followShortcut } from '@/lib/page/step-shortcut';
import css from './style.css?inline';

type Incoming = Message<PopupToContent> | Message<CardToContent> | Message<BackgroundToContent>;

/** How often (ms) to check that the extension behind this script is still there. */
const ORPHAN_CHECK_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce each start with window.postMessage, telling every page script (and frame) the
  // extension's id; the DOM event it uses to stop an older copy is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page can send that DOM event too: while the extension is alive, this copy ignores it.
    ignoreForgedStarts(ctx, window, scriptStartedEventName(ctx, browser.runtime.id, import.meta.env.ENTRYPOINT));
    const site = siteKeyOf(location.href);
    let live: LivePage | null = null;
    let enabled = false;
    let routeTimer: ReturnType<typeof setTimeout> | undefined;

    const start = (): LivePage | null => {
      try {
        return startLivePage(document, { css, detector: detectInBackground });
      } catch (error) {
        // A page we cannot read must not break the popup's answer or the page itself.
        console.warn('OnRecord: could not read this page', error);
        return null;
      }
    };
    // Idempotent both ways, so repeated settings answers never double-highlight.
    const apply = (on: boolean) => {
      enabled = on;
      clearTimeout(routeTimer);
      if (on && !live) live = start();
      else if (!on && live) {
        live.stop();
        live = null;
      }
    };

    // A single-page app moved to another article: drop the old highlights at once, read the new page once
    // the app has had a moment to render it (what renders later still arrives through the live page).
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      if (!enabled || !isNewPage(oldUrl, newUrl)) return;
      apply(false);
      enabled = true;
      routeTimer = setTimeout(() => enabled && !live && apply(true), ROUTE_SETTLE_MS);
    });

    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const message = raw as Incoming;
      const session = live?.session();
      if (message?.type === 'page/summary') {
        const summary: PageSummary = {
          page: readPageInfo(document),
          enabled,
          ...(session ? { article: session.article } : {}),
          quotes: session?.quotes ?? [],
          people: session?.people ?? [],
        };
        sendResponse(summary);
        return true;
      }
      if (message?.type === 'page/reveal') {
        sendResponse(session?.reveal(String(message.payload?.id)) ?? false);
        return true;
      }
      if (message?.type === 'capture/selection') {
        // Page facts and surrounding text only: the background already has the selected words from the click.
        sendResponse(readSelectionContext(document, window.getSelection(), readPageInfo(document)));
        return true;
      }
      if (message?.type === 'card/closed') session?.onCardClosed(message.payload.nonce);
      return undefined;
    });

    // After an update or reload, Chrome leaves this copy running with no extension behind it and tells it
    // nothing. WXT's timers ask the runtime on every tick (`browser.runtime.id` is gone) and invalidate the
    // context, which stops everything. This, not the DOM event a newer copy sends, is how an orphaned copy
    // learns it is one.
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);

    // On/off for this site and the colours, as the background answers (never from storage a page can write).
    const colours = followColours(document);
    ctx.onInvalidated(colours.stop);
    ctx.onInvalidated(
      followPageSettings((settings) => {
        apply(settings.enabled);
        colours.update(settings);
      }),
    );
    ctx.onInvalidated(() => apply(false));
    // "Remember quotes on this site": off unless the reader opted this site in; the background checks again.
    ctx.onInvalidated(
      rememberWhileOptedIn(
        site,
        {
          quotes: () => live?.session().quotes ?? [],
          people: () => live?.session().people ?? [],
          page: () => readPageInfo(document),
          send: (payload) => browser.runtime.sendMessage({ type: 'capture/remember', payload }),
        },
        // Whether this site is opted in, as the background answers for this frame's site only.
        rememberSitesOfThisFrame(site),
      ),
    );
    // The next/previous quote shortcut.
    ctx.onInvalidated(followShortcut(() => (enabled ? live?.session() : undefined)));
  },
});
