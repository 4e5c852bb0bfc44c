/** The icon drawings and PNG sizes, shared by the render script (scripts/icons.ts), the manifests and the background. */

/** Every size a manifest or a store listing asks for. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `onrecord` is the normal mark; `onrecord-off` the greyed one shown where OnRecord is paused or off. */
export const ICON_VARIANTS = ['onrecord', 'onrecord-off'] as const;

/** One icon variant as a manifest `icons` map: size to the PNG's path in the build. */
export function iconMap(variant: (typeof ICON_VARIANTS)[number]): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${variant}-${size}.png`]));
}

/** The toolbar icon for a tab: greyed where OnRecord is paused or switched off for the tab's site. */
export function actionIcon(off: boolean): Record<string, string> {
  const variant = off ? 'onrecord-off' : 'onrecord';
  // The toolbar draws at 16 or 32 device pixels; the larger files are for the store and the extensions page.
  return { '16': `icons/${variant}-16.png`, '32': `icons/${variant}-32.png` };
}
