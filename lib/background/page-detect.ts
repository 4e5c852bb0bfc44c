/**
 * The background's side of 'page/detect': detection for a content script, which ships without lib/detect so
 * that it stays small on every page. The text came from an untrusted page; the content gate has checked its
 * size and shape (lib/core/validate.ts) before this runs, and the answer goes back to that frame only.
 */

import type { ContentToBackground } from '@/lib/core/protocol';
import { detect } from '@/lib/detect/index';
import type { Detection } from '@/lib/detect/types';

/** Runs the same pure detection the CLI runs on one part of a page's text. */
export function detectForPage(payload: ContentToBackground['page/detect']): Detection {
  return detect(payload.text, { blockQuotes: payload.blockQuotes, lang: payload.lang ?? undefined });
}
