/**
 * Decides whether content a page added later is worth reading for quotes: visible running text of some
 * length, not furniture (navigation, promos, comments), not an editable region or code, not our own.
 */
import { isBoilerplate } from './boilerplate';
import { insideUntouchable } from './untouchable';
import { isVisible } from './visibility';

/** Text shorter than this cannot hold a quote and its speaker (a timestamp, a like count, a button). */
export const MIN_ADDED_CHARS = 60;

/** True when an element the page added should be analysed; `computedStyle` as in lib/page/dom/visibility. */
export function readingWorth(el: Element, computedStyle: boolean, minChars = MIN_ADDED_CHARS): boolean {
  if (!el.isConnected || (el.textContent ?? '').trim().length < minChars) return false;
  if (insideUntouchable(el)) return false;
  for (let e: Element | null = el; e && e !== e.ownerDocument.body; e = e.parentElement)
    if (isBoilerplate(e)) return false;
  return isVisible(el, { computedStyle });
}
