/**
 * A fact-check page's own ClaimReviews, read once the page is known to be on and handed to the background,
 * which keeps them only if the reader asked it to ("Keep fact-checks I read").
 */
import { browser } from 'wxt/browser';
import { readClaimReviewMarkup } from './claim-review-markup';

/** Returns a function to call whenever OnRecord's on/off answer for this page arrives; it sends at most once. */
export function sendFactChecksOnce(doc: Document): (enabled: boolean) => void {
  let sent = false;
  return (enabled) => {
    if (!enabled || sent) return;
    sent = true;
    const items = readClaimReviewMarkup(doc);
    if (items.length > 0) browser.runtime.sendMessage({ type: 'factcheck/found', payload: { items } }).catch(() => {});
  };
}
