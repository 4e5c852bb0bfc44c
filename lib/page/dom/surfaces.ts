/**
 * Places besides the document where an article's text can live: open shadow roots (web components) and
 * same-origin frames. Closed shadow roots and cross-origin frames cannot be read from the page, so they are
 * left alone. Highlights drawn there need the highlight style inside them, since page CSS stops at both.
 */
/** Custom elements (a hyphen in the name) under a document, found natively without touching the rest. */
function customElements(doc: Document): Element[] {
  // DOMs without XPath (test DOMs) filter by name instead.
  if (typeof doc.evaluate !== 'function')
    return [...doc.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
  const found = doc.evaluate("//*[contains(local-name(), '-')]", doc, null, 7, null);
  return Array.from({ length: found.snapshotLength }, (_, i) => found.snapshotItem(i) as Element);
}

/**
 * Every open shadow root under `root`, nested ones included, in document order. With `customOnly` (for huge
 * pages, where reading every element's shadowRoot takes tens of milliseconds) only custom elements are
 * asked at the top level: web components are; a plain div with a shadow root is then missed.
 */
export function openShadowRoots(root: Document | ShadowRoot | Element, customOnly = false): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (scope: Document | ShadowRoot | Element, top: boolean) => {
    const self = scope.nodeType === 1 ? [scope as Element] : [];
    const all =
      top && customOnly && scope.nodeType === 9
        ? customElements(scope as Document)
        : [...self, ...scope.querySelectorAll('*')];
    for (const el of all) {
      const shadow = el.shadowRoot;
      if (shadow) {
        out.push(shadow);
        visit(shadow, false);
      }
    }
  };
  visit(root, true);
  return out;
}

/** The element that holds most of the text in a shadow root, or null when it holds no article-like text. */
export function shadowArticle(shadow: ShadowRoot, minChars = 200): Element | null {
  const named = shadow.querySelector('[itemprop="articleBody"], article, main');
  const pick = named ?? [...shadow.children].sort((a, b) => textLength(b) - textLength(a))[0] ?? null;
  return pick && textLength(pick) >= minChars ? pick : null;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** The documents of same-origin frames in `doc` that have loaded, and the frames still loading. */
export function sameOriginFrames(doc: Document): { loaded: Document[]; loading: HTMLIFrameElement[] } {
  const loaded: Document[] = [];
  const loading: HTMLIFrameElement[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      inner = null; // cross-origin: not ours to read
    }
    if (!inner) continue;
    // A frame still loading shows an empty about:blank document first.
    const ready = inner.readyState === 'complete' && !!inner.body;
    if (ready && (inner.location.href !== 'about:blank' || inner.body.textContent?.trim())) loaded.push(inner);
    else loading.push(frame);
  }
  return { loaded, loading };
}

/** The attribute that marks the style element OnRecord adds to a shadow root or frame. */
export const STYLE_ATTR = 'data-onrecord-style';

/** Puts the highlight style into a shadow root or a frame's document; returns how to take it out again. */
export function injectStyle(target: ShadowRoot | Document, css: string): () => void {
  const doc = target.nodeType === 9 ? (target as Document) : (target.ownerDocument as Document);
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = css;
  const parent = target.nodeType === 9 ? ((target as Document).head ?? (target as Document).documentElement) : target;
  parent?.appendChild(style);
  return () => style.remove();
}
