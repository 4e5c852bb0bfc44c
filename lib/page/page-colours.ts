/**
 * Paints highlights in the reader's colours: a small stylesheet on the page's root sets the custom properties
 * the highlight style reads (inherited into open shadow roots too). Only colours, which come from the reader's
 * settings, never anything from the library; with the default colours, or where OnRecord is off, nothing is
 * added to the page at all.
 */
import { colourCss, isDefaultColours, type MarkColours } from '@/lib/core/colours';
import { isEnabledOn, loadColours, loadSettings, watchColours, watchSettings } from '@/lib/core/settings';
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
 * Follows the reader's colours on `doc` from now on, repainting on every change, while OnRecord is on for
 * `site` (a site switched off or a pause leaves no trace of them); returns the stop function.
 */
export function followColours(doc: Document, site: string | null): () => void {
  let stopped = false;
  let unpaint = () => {};
  let colours: MarkColours | null = null;
  let on: boolean | null = null;
  const paint = () => {
    if (stopped) return;
    unpaint();
    unpaint = on && colours ? paintColours(doc, colours) : () => {};
  };
  const unwatchColours = watchColours((next) => {
    colours = next;
    paint();
  });
  const unwatchSettings = watchSettings((settings) => {
    on = isEnabledOn(settings, site);
    paint();
  });
  Promise.all([loadColours(), loadSettings()])
    .then(([stored, settings]) => {
      colours ??= stored;
      // A change heard while loading is newer than what was loaded.
      on ??= isEnabledOn(settings, site);
      paint();
    })
    .catch(() => {
      // Storage unreachable (extension reloading): the default look stays.
    });
  return () => {
    stopped = true;
    unwatchColours();
    unwatchSettings();
    unpaint();
  };
}
