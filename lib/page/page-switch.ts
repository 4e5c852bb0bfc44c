/**
 * OnRecord on or off for this page: starts the live page when switched on, stops it (every highlight and
 * listener) when switched off, and reads a single-page app's new article once its route has settled.
 */
import { type LivePage, startLivePage } from './live-page';
import type { PageState } from './page-answers';
import { detectInBackground } from './remote-detect';
import { isNewPage, ROUTE_SETTLE_MS } from './route';

/** The switch the content script flips from settings and route changes. */
export interface PageSwitch extends PageState {
  /** Idempotent both ways, so repeated storage changes never double-highlight. */
  apply(on: boolean): void;
  /** A route change from `oldUrl` to `newUrl`: a new article drops the old highlights and reads the new one. */
  routeChanged(oldUrl: URL, newUrl: URL): void;
}

/** A switch for `doc`, drawing highlights with the content script's `css`. */
export function createPageSwitch(doc: Document, css: string): PageSwitch {
  let live: LivePage | null = null;
  let enabled = false;
  let routeTimer: ReturnType<typeof setTimeout> | undefined;
  const start = (): LivePage | null => {
    try {
      return startLivePage(doc, { css, detector: detectInBackground });
    } catch (error) {
      // A page we cannot read must not break the popup's answer or the page itself.
      console.warn('OnRecord: could not read this page', error);
      return null;
    }
  };
  const apply = (on: boolean) => {
    enabled = on;
    clearTimeout(routeTimer);
    if (on && !live) live = start();
    else if (!on && live) {
      live.stop();
      live = null;
    }
  };
  return {
    apply,
    routeChanged(oldUrl, newUrl) {
      if (!enabled || !isNewPage(oldUrl, newUrl)) return;
      // Drop the old highlights at once; read the new page once the app has had a moment to render it
      // (what renders later still arrives through the live page).
      apply(false);
      enabled = true;
      routeTimer = setTimeout(() => enabled && !live && apply(true), ROUTE_SETTLE_MS);
    },
    session: () => live?.session(),
    enabled: () => enabled,
  };
}
