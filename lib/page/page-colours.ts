/**
 * Paints highlights in the reader's colours: a small stylesheet on the page's root sets the custom properties
 * the highlight style reads (inherited into open shadow roots too). Only colours, which come from the reader's
 * settings, never anything from the library; with the default colours, or where OnRecord is off, nothing is
 * added to the page at all. The settings come from the background (page-settings.ts).
 */
import { colourCss, isDefaultColours, type MarkColours } from '@/lib/core/colours';
import type { PageSettings } from '@/lib/core/protocol';
import { STYLE_ATTR } from '@/lib/page/dom/surfaces';

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

/**
 * Paints the reader's colours on `doc` as the settings arrive, while OnRecord is on for this page (a site
 * switched off or a pause leaves no trace of them); `stop` takes them off for good.
 */
export function followColours(doc: Document): { update(settings: PageSettings): void; stop(): void } {
  let stopped = false;
  let unpaint = () => {};
  return {
    update(settings) {
      if (stopped) return;
      unpaint();
      unpaint = settings.enabled ? paintColours(doc, settings.colours) : () => {};
    },
    stop() {
      stopped = true;
      unpaint();
    },
  };
}
