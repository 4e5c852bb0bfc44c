import { afterEach, describe, expect, it } from 'vitest';
import {
  CARD_HOST_TAG,
  CARD_MIN_HEIGHT,
  CARD_SIZE,
  cardSizeIn,
  createCardFrame,
  fitCard,
  newNonce,
  placeCard,
} from '@/lib/page/dom/card-frame';

const viewport = { width: 1000, height: 800 };
const rect = (left: number, top: number, width = 100, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  it.each([
    ['below when there is room', rect(100, 100), { left: 100, top: 128 }],
    ['above when the highlight is near the bottom', rect(100, 700), { left: 100, top: 700 - 8 - CARD_SIZE.height }],
    ['pulled in from the right edge', rect(900, 100), { left: 1000 - CARD_SIZE.width - 8, top: 128 }],
    ['clamped inside a short viewport', rect(0, 100), { left: 0, top: 128 }],
  ])('%s', (_name, anchor, expected) => {
    expect(placeCard(anchor, viewport)).toEqual(expected);
  });

  it('stays inside a viewport too short for below or above', () => {
    const small = { width: 400, height: 300 };
    const spot = placeCard(rect(10, 150), small);
    expect(spot.top).toBeGreaterThanOrEqual(0);
    expect(spot.top + cardSizeIn(small).height).toBeLessThanOrEqual(300);
    expect(spot.left + cardSizeIn(small).width).toBeLessThanOrEqual(400);
  });
});

describe('fitCard: beside the quote, shortened only when neither side has room', () => {
  const tall = { width: 1280, height: 900 };
  it.each([
    ['a quote near the top: full size below', rect(100, 100), 'below', CARD_SIZE.height],
    ['a quote near the bottom: full size above', rect(100, 800), 'above', CARD_SIZE.height],
    ['a quote in the middle: the taller side, shortened', rect(100, 400), 'below', 900 - 420 - 16],
    ['a quote a little higher: above, shortened', rect(100, 470), 'above', 470 - 16],
  ] as const)('%s', (_name, anchor, side, height) => {
    const box = fitCard(anchor, tall);
    expect(box.height).toBe(height);
    expect(box.width).toBe(CARD_SIZE.width);
    if (side === 'below') expect(box.top).toBe(anchor.bottom + 8);
    else expect(box.top + box.height).toBe(anchor.top - 8);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(tall.height);
  });

  it('never shortens below the least height, overlapping the quote instead in a tiny window', () => {
    const box = fitCard(rect(10, 150), { width: 400, height: 320 });
    expect(box.height).toBe(Math.min(CARD_MIN_HEIGHT, 320 - 16));
    expect(box.top + box.height).toBeLessThanOrEqual(320);
  });
});

describe('cardSizeIn', () => {
  it.each([
    ['a large window: the large size', { width: 1280, height: 900 }],
    ['a narrow phone-sized window', { width: 400, height: 800 }],
    ['a short window', { width: 1280, height: 300 }],
  ])('%s: never larger than the card or the window less its gaps', (_name, viewport) => {
    const size = cardSizeIn(viewport);
    expect(size.width).toBe(Math.min(CARD_SIZE.width, viewport.width - 16));
    expect(size.height).toBe(Math.min(CARD_SIZE.height, viewport.height - 16));
  });

  it('has room for the quote, a related statement and the actions (more than the old 380 × 280)', () => {
    expect(CARD_SIZE.width * CARD_SIZE.height).toBeGreaterThan(380 * 280 * 2);
  });
});

describe('newNonce', () => {
  it('is 32 hex characters and differs each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe('createCardFrame', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll(CARD_HOST_TAG)) el.remove();
  });

  it('lets the frame inherit visibility and pointer events from the host, so hiding the host hides it', () => {
    const shadow = { root: null as ShadowRoot | null };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      shadow.root = attach.call(this, init);
      return shadow.root;
    };
    try {
      createCardFrame(document, 'about:blank', 'n2');
    } finally {
      Element.prototype.attachShadow = attach;
    }
    const frame = shadow.root!.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('about:blank#n2');
    expect(frame.style.getPropertyValue('visibility')).toBe('inherit');
    expect(frame.style.getPropertyValue('pointer-events')).toBe('inherit');
  });

  it('appends a hidden host to <html> whose shadow root page scripts cannot reach', () => {
    const card = createCardFrame(document, 'chrome-extension://abc/card.html', 'n1');
    expect(card.host.parentElement).toBe(document.documentElement);
    expect(card.host.shadowRoot).toBeNull();
    expect(card.host.querySelector('iframe')).toBeNull();
    expect(card.host.style.getPropertyValue('visibility')).toBe('hidden');
    expect(card.host.style.getPropertyPriority('visibility')).toBe('important');
    expect(card.isShown()).toBe(false);
  });

  it('shows next to the anchor at a fixed size and hides again', () => {
    const card = createCardFrame(document, 'chrome-extension://abc/card.html');
    const anchor = document.createElement('span');
    document.body.appendChild(anchor);
    anchor.getBoundingClientRect = () => ({ ...rect(50, 60), x: 50, y: 60, width: 100, height: 20, toJSON() {} });
    card.showAt(anchor);
    expect(card.isShown()).toBe(true);
    expect(card.host.style.getPropertyValue('visibility')).toBe('visible');
    // Only translate moves it; left/top stay the viewport's corner, pinned so a page rule cannot move it.
    expect(card.host.style.getPropertyValue('translate')).toBe('50px 88px');
    for (const inset of ['left', 'top']) {
      expect(card.host.style.getPropertyValue(inset)).toBe('0px');
      expect(card.host.style.getPropertyPriority(inset)).toBe('important');
    }
    expect(card.host.style.getPropertyPriority('translate')).toBe('important');
    expect(card.host.style.getPropertyValue('width')).toBe(`${CARD_SIZE.width}px`);
    expect(card.host.style.getPropertyValue('height')).toBe(`${CARD_SIZE.height}px`);
    anchor.getBoundingClientRect = () => ({ ...rect(300, 100), x: 300, y: 100, width: 100, height: 20, toJSON() {} });
    card.showAt(anchor);
    expect(card.host.style.getPropertyValue('translate')).toBe('300px 128px');
    card.hide();
    expect(card.isShown()).toBe(false);
    expect(card.host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(card.host.style.getPropertyValue('visibility')).toBe('hidden');
    const [x] = card.host.style.getPropertyValue('translate').split(' ');
    expect(Number.parseInt(x ?? '', 10)).toBeLessThan(-CARD_SIZE.width);
    card.destroy();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  it('is a manual popover, so it can be raised into the top layer above anything the page stacks', () => {
    const card = createCardFrame(document, 'chrome-extension://abc/card.html');
    expect(card.host.getAttribute('popover')).toBe('manual');
  });

  it('puts back a host the page removed, and its inline style, on the next show', () => {
    const card = createCardFrame(document, 'chrome-extension://abc/card.html');
    const anchor = document.createElement('span');
    document.body.appendChild(anchor);
    anchor.getBoundingClientRect = () => ({ ...rect(50, 60), x: 50, y: 60, width: 100, height: 20, toJSON() {} });
    card.host.remove();
    card.host.style.setProperty('display', 'none', 'important');
    card.host.removeAttribute('popover');
    card.showAt(anchor);
    expect(card.host.parentElement).toBe(document.documentElement);
    expect(card.host.style.getPropertyValue('display')).toBe('block');
    expect(card.host.style.getPropertyValue('visibility')).toBe('visible');
    expect(card.host.style.getPropertyValue('translate')).toBe('50px 88px');
  });
});
