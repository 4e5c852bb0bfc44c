/**
 * The background's side of 'page/detect': detection for a content script, which ships without lib/detect so
 * that it stays small on every page. The text came from an untrusted page; the content gate has checked its
 * size and shape (lib/messages/validate.ts) before this runs, and the answer goes back to that frame only.
 */
import { detect } from '../detect/index';
import type { Detection } from '../detect/types';
import type { ContentToBackground } from './protocol';

/** Runs the same pure detection the CLI runs on one part of a page's text. */
export function detectForPage(payload: ContentToBackground['page/detect']): Detection {
  return detect(payload.text, { blockQuotes: payload.blockQuotes, lang: payload.lang ?? undefined });
}
