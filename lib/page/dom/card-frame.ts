/**
 * The card's frame in the page: an <iframe> of the extension's card.html inside a CLOSED shadow root on a
 * host element appended to <html>.
 *
 * Why this shape: the frame is cross-origin to the page, so page scripts cannot read what the card shows
 * (the reader's library), and the closed shadow root hides even the frame element from page scripts.
 * The size depends only on the viewport and the quote's place, never on what the card holds, so measuring the
 * host tells a page nothing about the library: the large size, shrunk only to fit the window beside the quote.
 * Inline `!important` styles beat any page stylesheet.
 * The frame URL carries a random nonce (#nonce): the card connects a port named "card:<nonce>" to the
 * background, which forwards this tab's 'card/show' messages to it. Nothing goes through window.postMessage.
 */

import { t } from '@/lib/core/i18n';
import { guardCardClicks } from './card-guard';
import type { Rect } from './rect';

/** The tag of the card's host element. */
export const CARD_HOST_TAG = 'onrecord-card';

/**
 * The card's size, in CSS pixels: large enough for the quote, a related statement with its note and the
 * actions without scrolling. One size for every card, so it says nothing about the library.
 */
export const CARD_SIZE = { width: 420, height: 520 } as const;

/** The gap between a highlight and the card. */
const GAP = 8;

/**
 * The card's size in a viewport: CARD_SIZE, shrunk to leave a gap on each side of a small window. A function of
 * the viewport alone (which the page knows anyway), never of the card's content.
 */
export function cardSizeIn(viewport: { width: number; height: number }): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(CARD_SIZE.width, viewport.width - 2 * GAP)),
    height: Math.max(0, Math.min(CARD_SIZE.height, viewport.height - 2 * GAP)),
  };
}

export type { Rect } from './rect';

/** The least height the card takes to stay beside its quote; below this it overlaps the quote instead. */
export const CARD_MIN_HEIGHT = 280;

/**
 * The card's box next to `anchor`: the full size below the quote if it fits, else above; where neither side
 * has room, the taller side, the card shortened to it (not below CARD_MIN_HEIGHT), so it never covers the
 * quote. Only the window and the quote's place decide it, both the page's own facts, never the card's content.
 */
export function fitCard(
  anchor: Rect,
  viewport: { width: number; height: number },
): { left: number; top: number; width: number; height: number } {
  const size = cardSizeIn(viewport);
  const below = viewport.height - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  let { height } = size;
  if (height > below && height > above) height = Math.min(height, Math.max(CARD_MIN_HEIGHT, below, above));
  const fitted = { width: size.width, height };
  return { ...placeCard(anchor, viewport, fitted), ...fitted };
}

/** Where to put a card of `size` next to `anchor` in a viewport: below if it fits, else above, else clamped. */
export function placeCard(
  anchor: Rect,
  viewport: { width: number; height: number },
  size: { width: number; height: number } = cardSizeIn(viewport),
): { left: number; top: number } {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));
  let top: number;
  if (anchor.bottom + GAP + size.height <= viewport.height) top = anchor.bottom + GAP;
  else if (anchor.top - GAP - size.height >= 0) top = anchor.top - GAP - size.height;
  else top = clamp(anchor.bottom + GAP, viewport.height - size.height);
  const left = clamp(Math.min(anchor.left, viewport.width - size.width - GAP), viewport.width - size.width);
  return { left: Math.round(left), top: Math.round(top) };
}

/** A random, unguessable id for one card frame (128 bits, hex). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The card frame in a page. */
export interface CardFrame {
  /**
   * The nonce of the frame's current page. It changes when a host the page removed is put back: the frame
   * then loads afresh under a new nonce, so no message meant for the old page is lost to it.
   */
  readonly nonce: string;
  /** The host element in the page (for hit tests: is the pointer over the card?). */
  readonly host: HTMLElement;
  /** Shows the card next to an element. Call before sending the card its quote: the nonce may change. */
  showAt(anchor: Element): void;
  hide(): void;
  isShown(): boolean;
  /** Moves keyboard focus into the card. */
  focus(): void;
  destroy(): void;
}

/** Where a hidden card waits: far off screen, so nothing of it can catch the pointer over the page. */
const OFF_SCREEN = -10000;

// Every property a page could use to move, hide or distort the host, pinned inline with !important (inline
// !important beats any page stylesheet). Not `all: initial`: Firefox then lets the reset logical insets win
// over the physical left/top declared after them, and the card lands in the corner.
// The box itself never moves: its left/top are the viewport's corner, the same in every write, and only
// `translate` carries it to the quote, so a page rule on the insets (physical or logical) has nothing to
// win. Everything is written in one `cssText`, which both browsers lay out at once.
const HOST_STYLE = (
  shown: boolean,
  left: number,
  top: number,
  size: { width: number; height: number } = CARD_SIZE,
): string =>
  `${[
    'position: fixed',
    'left: 0',
    'top: 0',
    'right: auto',
    'bottom: auto',
    `width: ${size.width}px`,
    `height: ${size.height}px`,
    'min-width: 0',
    'min-height: 0',
    'max-width: none',
    'max-height: none',
    'margin: 0',
    'padding: 0',
    'border: 0',
    'display: block',
    'float: none',
    'box-sizing: content-box',
    'justify-self: normal',
    'align-self: normal',
    'position-area: none',
    'offset-path: none',
    'z-index: 2147483647',
    'opacity: 1',
    'transform: none',
    `translate: ${left}px ${top}px`,
    'scale: none',
    'rotate: none',
    'filter: none',
    'clip-path: none',
    'mask: none',
    'zoom: 1',
    'background: transparent',
    'box-shadow: none',
    'outline: none',
    'transition: none',
    'animation: none',
    'overflow: visible',
    'direction: ltr',
    'writing-mode: horizontal-tb',
    `visibility: ${shown ? 'visible' : 'hidden'}`,
    `pointer-events: ${shown ? 'auto' : 'none'}`,
    'contain: strict',
    // A page's `content-visibility: hidden` would leave the host's box in place but skip drawing the frame.
    'content-visibility: visible',
  ]
    .map((d) => `${d} !important`)
    .join('; ')}`;

// Visibility and pointer-events inherit from the host, so hiding the host hides the frame ('all: initial'
// here would reset them to visible/auto and leave an invisible host with a visible, clickable frame).
const FRAME_STYLE = [
  'display: block',
  'position: static',
  'width: 100%',
  'height: 100%',
  'border: 0',
  'margin: 0',
  'padding: 0',
  'visibility: inherit',
  'pointer-events: inherit',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'border-radius: 10px',
  'box-shadow: 0 6px 24px rgba(0,0,0,.25)',
  'color-scheme: normal',
  'background: transparent',
].join('; ');

/**
 * Puts the host in the top layer as a manual popover: drawn above everything the page stacks, however high
 * its z-index and wherever it sits in the tree. Shown again on every open, so it goes above any top-layer
 * element the page opened since. Where popovers are missing, or the page cancels the toggle, the pinned
 * fixed position and z-index still apply.
 */
function raise(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    // The page may have taken the attribute away; without it there is no popover to show.
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not connected, or the page cancelled the toggle: the fixed position still holds.
  }
}

/** Takes the host out of the top layer while the card is hidden. */
function lower(host: HTMLElement): void {
  try {
    if (host.matches(':popover-open')) host.hidePopover();
  } catch {
    // Nothing to take down.
  }
}

/**
 * An element's box in `doc`'s viewport. A highlight inside a same-origin frame measures itself in the
 * frame's viewport, so each enclosing frame's position (and border) is added on the way up.
 */
export function rectInTopDocument(anchor: Element, doc: Document): Rect {
  const r = anchor.getBoundingClientRect();
  let { left, top } = r;
  let view = anchor.ownerDocument.defaultView;
  while (view && anchor.ownerDocument !== doc && view !== doc.defaultView) {
    const frame = view.frameElement;
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    left += box.left + frame.clientLeft;
    top += box.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return { left, top, right: left + r.width, bottom: top + r.height };
}

/** Creates the (hidden) card frame for `cardUrl` (the extension's card.html) and appends it to <html>. */
export function createCardFrame(doc: Document, cardUrl: string, firstNonce: string = newNonce()): CardFrame {
  let nonce = firstNonce;
  const host = doc.createElement(CARD_HOST_TAG);
  host.style.cssText = HOST_STYLE(false, OFF_SCREEN, OFF_SCREEN);
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.style.cssText = FRAME_STYLE;
  frame.title = t('cardDialogLabel');
  frame.setAttribute('allowtransparency', 'true');
  frame.src = `${cardUrl}#${nonce}`;
  shadow.appendChild(frame);
  doc.documentElement.appendChild(host);
  let shown = false;
  // Clicks on the card count only once it has stayed in place and uncovered for a moment (lib/page/dom/card-guard).
  const guard = guardCardClicks({ host, frame, raise: () => raise(host) }, doc);

  return {
    get nonce() {
      return nonce;
    },
    host,
    showAt(anchor) {
      const view = doc.defaultView;
      const viewport = { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
      const { left, top, ...size } = fitCard(rectInTopDocument(anchor, doc), viewport);
      // A page script may have removed the host or rewritten its inline style: put both back on every show.
      // A frame put back into the page loads its page again; under the old nonce the background could still
      // be sending to the old page's port, so it gets a new one.
      if (!host.isConnected) {
        nonce = newNonce();
        frame.src = `${cardUrl}#${nonce}`;
        doc.documentElement.appendChild(host);
      }
      host.style.cssText = HOST_STYLE(true, left, top, size);
      raise(host);
      shown = true;
      guard.armed();
    },
    hide() {
      // Off screen too, so nothing of a hidden card can catch the pointer over the page.
      guard.stop();
      lower(host);
      host.style.cssText = HOST_STYLE(false, OFF_SCREEN, OFF_SCREEN);
      shown = false;
    },
    isShown: () => shown,
    focus() {
      frame.focus();
      // Firefox takes focus into the frame only after the key event that asked for it has finished.
      setTimeout(() => {
        if (shown && doc.activeElement !== host) frame.focus();
      }, 0);
    },
    destroy() {
      guard.stop();
      host.remove();
      shown = false;
    },
  };
}
