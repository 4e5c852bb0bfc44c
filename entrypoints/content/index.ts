import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzePage } from '../../lib/dom/analyze';
import { looksLikeArticle, readPageInfo } from '../../lib/dom/page-info';
import type { CardToContent, Message, PageSummary, PopupToContent } from '../../lib/messages/protocol';
import { isEnabledOn, loadSettings, siteKeyOf, watchSettings } from '../../lib/settings';
import { IDLE_SESSION, type Session, startSession } from './session';

type Incoming = Message<PopupToContent> | Message<CardToContent>;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteKeyOf(location.href);
    let session: Session | null = null;
    let enabled = false;

    const start = (): Session => {
      if (!looksLikeArticle(document)) return IDLE_SESSION;
      try {
        return startSession(document, analyzePage(document), readPageInfo(document));
      } catch (error) {
        // A page we cannot read must not break the popup's answer or the page itself.
        console.warn('OnRecord: could not read this page', error);
        return IDLE_SESSION;
      }
    };
    // Idempotent both ways, so repeated storage changes never double-highlight.
    const apply = (on: boolean) => {
      enabled = on;
      if (on && !session) session = start();
      else if (!on && session) {
        session.stop();
        session = null;
      }
    };
    // Pages that render their article with scripts may show it only after document_idle: look again, twice.
    for (const delay of [1500, 5000])
      ctx.setTimeout(() => {
        if (enabled && session === IDLE_SESSION) {
          session = null;
          apply(true);
        }
      }, delay);

    browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (r: unknown) => void) => {
      const message = raw as Incoming;
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
      if (message?.type === 'card/closed') session?.onCardClosed(message.payload.nonce);
      return undefined;
    });

    ctx.onInvalidated(watchSettings((settings) => apply(isEnabledOn(settings, site))));
    ctx.onInvalidated(() => apply(false));
    apply(isEnabledOn(await loadSettings(), site));
  },
});
