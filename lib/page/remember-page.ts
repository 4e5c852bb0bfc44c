/**
 * The content script's side of "remember quotes on this site": every few seconds, the attributed quotes the
 * page has shown since the last look go to the background in small batches. The background stores them only
 * if the site is opted in; this side merely avoids sending anything where it is not.
 */
import type { ContentToBackground, PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import { MAX_REMEMBER_QUOTES } from '@/lib/core/validate';

/** How often (ms) to look for quotes not yet sent: pages add quotes as they load more. */
export const REMEMBER_EVERY_MS = 3000;

/** What remembering reads from the page and how it sends. */
export interface RememberSource {
  quotes(): PageQuote[];
  people(): PagePerson[];
  page(): PageInfo;
  send(payload: ContentToBackground['capture/remember']): Promise<unknown>;
}

/** The attributed quotes of `quotes` not yet in `sent`, in batches a message may carry. */
export function unsentBatches(quotes: PageQuote[], sent: Set<string>, size = MAX_REMEMBER_QUOTES): PageQuote[][] {
  const fresh = quotes.filter((q) => q.speaker && !sent.has(`${q.speaker}\u0000${q.text}`));
  const batches: PageQuote[][] = [];
  for (let i = 0; i < fresh.length; i += size) batches.push(fresh.slice(i, i + size));
  return batches;
}

/** Starts remembering; returns stop(). One look runs at once, so a slow background never piles messages up. */
export function startRemembering(source: RememberSource, everyMs = REMEMBER_EVERY_MS): () => void {
  const sent = new Set<string>();
  let busy = false;
  const look = async () => {
    if (busy) return;
    busy = true;
    try {
      const people = source.people();
      for (const batch of unsentBatches(source.quotes(), sent)) {
        // Only the people the batch's quotes name: the rest of the page's cast is not needed to file them.
        const named = people.filter((p) => batch.some((q) => q.speaker === p.name));
        const answer = (await source.send({ page: source.page(), quotes: batch, people: named.slice(0, 200) })) as {
          ok?: boolean;
        } | null;
        if (answer?.ok === false) return;
        for (const q of batch) sent.add(`${q.speaker}\u0000${q.text}`);
      }
    } catch {
      // Refused (the opt-in was switched off) or the extension went away: try again at the next look.
    } finally {
      busy = false;
    }
  };
  void look();
  const timer = setInterval(() => void look(), everyMs);
  return () => clearInterval(timer);
}

/**
 * Remembers this site's quotes while the reader has it opted in, following the switch as it changes in the
 * popup. Returns stop(), for the content script's teardown.
 */
export function rememberWhileOptedIn(
  site: string | null,
  source: RememberSource,
  sites: { load(): Promise<string[]>; watch(onChange: (sites: string[]) => void): () => void },
): () => void {
  let stopLooking: (() => void) | null = null;
  const apply = (list: string[]) => {
    const on = site !== null && list.includes(site);
    if (on && !stopLooking) stopLooking = startRemembering(source);
    else if (!on && stopLooking) {
      stopLooking();
      stopLooking = null;
    }
  };
  if (site === null) return () => {};
  const unwatch = sites.watch(apply);
  sites.load().then(apply, () => {});
  return () => {
    unwatch();
    stopLooking?.();
    stopLooking = null;
  };
}
