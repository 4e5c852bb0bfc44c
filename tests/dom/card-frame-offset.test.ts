import { describe, expect, it } from 'vitest';
import { rectInTopDocument } from '@/lib/page/dom/card-frame';

/** A window/document/element chain as the browser would give it, with only what the function reads. */
function chain(frames: { left: number; top: number; border: number }[], anchor = { left: 10, top: 20, w: 50, h: 16 }) {
  const top = { defaultView: null as unknown } as { defaultView: unknown };
  const topView = { frameElement: null };
  top.defaultView = topView;
  let doc = top as unknown as Document;
  for (const f of frames) {
    const frameElement = {
      getBoundingClientRect: () => ({ left: f.left, top: f.top }),
      clientLeft: f.border,
      clientTop: f.border,
      ownerDocument: doc,
    };
    doc = { defaultView: { frameElement } } as unknown as Document;
  }
  const el = {
    ownerDocument: doc,
    getBoundingClientRect: () => ({ left: anchor.left, top: anchor.top, width: anchor.w, height: anchor.h }),
  } as unknown as Element;
  return { el, top: top as unknown as Document };
}

describe('rectInTopDocument', () => {
  it.each([
    [[], { left: 10, top: 20, right: 60, bottom: 36 }],
    [[{ left: 100, top: 200, border: 2 }], { left: 112, top: 222, right: 162, bottom: 238 }],
    [
      [
        { left: 100, top: 200, border: 2 },
        { left: 5, top: 7, border: 1 },
      ],
      { left: 118, top: 230, right: 168, bottom: 246 },
    ],
  ])('adds the offset of each enclosing frame (%j)', (frames, expected) => {
    const { el, top } = chain(frames);
    expect(rectInTopDocument(el, top)).toEqual(expected);
  });
});
