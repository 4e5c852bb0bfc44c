/**
 * Clears what an earlier, no longer running copy of OnRecord left in a page. When the extension is updated
 * or reloaded, the old copy's code may be gone before it could clean up (Firefox drops it outright), and
 * the browser may start the new copy in the same page: the old highlights, card and styles go first.
 */
import { CARD_HOST_TAG } from './card-frame';
import { findMarks, MARK_TAG, removeHighlights } from './highlight';
import { openShadowRoots, STYLE_ATTR, sameOriginFrames } from './surfaces';

const LEFTOVERS = `${MARK_TAG}, ${CARD_HOST_TAG}, [${STYLE_ATTR}]`;

function clearIn(root: Document | ShadowRoot): void {
  removeHighlights(root, findMarks(root));
  for (const el of root.querySelectorAll(`${CARD_HOST_TAG}, [${STYLE_ATTR}]`)) el.remove();
}

/** Removes leftovers of an earlier copy from `doc`, its open shadow roots and same-origin frames; true if any. */
export function clearLeftovers(doc: Document): boolean {
  // Cheap first look: a page an earlier copy never touched costs one query.
  if (!doc.querySelector(LEFTOVERS)) return false;
  clearIn(doc);
  for (const shadow of openShadowRoots(doc)) clearIn(shadow);
  for (const frame of sameOriginFrames(doc).loaded) {
    clearIn(frame);
    for (const shadow of openShadowRoots(frame)) clearIn(shadow);
  }
  return true;
}
