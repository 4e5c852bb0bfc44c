/**
 * Paints highlights in the reader's colours: a small stylesheet on the page's root sets the custom properties
 * the highlight style reads (inherited into open shadow roots too). Only colours, which come from the reader's
 * settings, never anything from the library; with the default colours nothing is added to the page at all.
 */
import { colourCss, isDefaultColours, type MarkColours } from '../../lib/colours';
import { STYLE_ATTR } from '../../lib/dom/surfaces';
import { loadColours, watchColours } from '../../lib/settings';

/** Puts `colours` on `doc` (replacing earlier ones); returns how to take them off again. */
export function paintColours(doc: Document, colours: MarkColours): () => void {
  doc.querySelector(`style[${STYLE_ATTR}="colours"]`)?.remove();
  if (isDefaultColours(colours)) return () => {};
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, 'colours');
  style.textContent = colourCss(colours);
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

/** Follows the reader's colours on `doc` from now on, repainting on every change; returns the stop function. */
export function followColours(doc: Document): () => void {
  let stopped = false;
  let unpaint = () => {};
  const paint = (colours: MarkColours) => {
    if (stopped) return;
    unpaint();
    unpaint = paintColours(doc, colours);
  };
  const unwatch = watchColours(paint);
  loadColours()
    .then(paint)
    .catch(() => {
      // Storage unreachable (extension reloading): the default look stays.
    });
  return () => {
    stopped = true;
    unwatch();
    unpaint();
  };
}
