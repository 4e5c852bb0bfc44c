import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteKeyOf } from '@/lib/core/settings';
import { readPageInfo } from '@/lib/page/dom/page-info';
import { ignoreForgedStarts, scriptStartedEventName } from '@/lib/page/forged-start';
import { answerPageMessages } from '@/lib/page/page-answers';
import { followColours } from '@/lib/page/page-colours';
import { sendFactChecksOnce } from '@/lib/page/page-fact-checks';
import { followPageSettings } from '@/lib/page/page-settings';
import { createPageSwitch } from '@/lib/page/page-switch';
import { rememberWhileOptedIn } from '@/lib/page/remember-page';
import { rememberSitesOfThisFrame } from '@/lib/page/remember-status';
import { followShortcut } from '@/lib/page/step-shortcut';
import css from './style.css?inline';

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
    const page = createPageSwitch(document, css);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => page.routeChanged(oldUrl, newUrl));
    ctx.onInvalidated(answerPageMessages(page));

    // After an update or reload, Chrome leaves this copy running with no extension behind it and tells it
    // nothing. WXT's timers ask the runtime on every tick (`browser.runtime.id` is gone) and invalidate the
    // context, which stops everything. This, not the DOM event a newer copy sends, is how an orphaned copy
    // learns it is one.
    ctx.setInterval(() => {}, ORPHAN_CHECK_MS);

    // On/off for this site and the colours, as the background answers (never from storage a page can write).
    const colours = followColours(document);
    const factChecks = sendFactChecksOnce(document);
    ctx.onInvalidated(colours.stop);
    ctx.onInvalidated(
      followPageSettings((settings) => {
        page.apply(settings.enabled);
        colours.update(settings);
        factChecks(settings.enabled);
      }),
    );
    ctx.onInvalidated(() => page.apply(false));
    // "Remember quotes on this site": off unless the reader opted this site in; the background checks again.
    ctx.onInvalidated(
      rememberWhileOptedIn(
        site,
        {
          quotes: () => page.session()?.quotes ?? [],
          people: () => page.session()?.people ?? [],
          page: () => readPageInfo(document),
          send: (payload) => browser.runtime.sendMessage({ type: 'capture/remember', payload }),
        },
        // Whether this site is opted in, as the background answers for this frame's site only.
        rememberSitesOfThisFrame(site),
      ),
    );
    // The next/previous quote shortcut.
    ctx.onInvalidated(followShortcut(() => (page.enabled() ? page.session() : undefined)));
  },
});
