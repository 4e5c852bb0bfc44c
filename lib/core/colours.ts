/**
 * Highlight colours the reader can choose, one per quote kind and one for people: parsing and validation of
 * CSS hex values, the tints a page actually shows for a colour (light and dark pages), the custom properties
 * the content script's highlight style reads, and the contrast check the manager warns with. Pure: no DOM,
 * no browser APIs, so the manager, the content script and unit tests share it.
 */

/** What gets a colour of its own: the three kinds of marked quotes, and people (and quoted organisations). */
export const COLOUR_TARGETS = ['direct', 'partial', 'block', 'person'] as const;

/** One of COLOUR_TARGETS. */
export type ColourTarget = (typeof COLOUR_TARGETS)[number];

/** The reader's colours, each a lower-case #rrggbb. */
export type MarkColours = Record<ColourTarget, string>;

/** The colours highlights had before any choice: the amber of quotes and the blue of people. */
export const DEFAULT_MARK_COLOURS: MarkColours = {
  direct: '#ffc828',
  partial: '#ffc828',
  block: '#ffc828',
  person: '#286ec8',
};

/** How each target is named to the reader. */
export const COLOUR_LABELS: Record<ColourTarget, string> = {
  direct: 'Whole-sentence quotes',
  partial: 'Quoted fragments',
  block: 'Block quotations',
  person: 'People and organisations',
};

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A CSS hex colour (#rgb or #rrggbb, the # optional) as lower-case #rrggbb, or null if it is not one. */
export function parseHex(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = HEX.exec(value.trim());
  if (!match?.[1]) return null;
  const digits = match[1].toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/** Stored colours may be missing, old or damaged: every target falls back to its default on its own. */
export function parseMarkColours(raw: unknown): MarkColours {
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const colours = { ...DEFAULT_MARK_COLOURS };
  for (const target of COLOUR_TARGETS) colours[target] = parseHex(source[target]) ?? DEFAULT_MARK_COLOURS[target];
  return colours;
}

/** Whether every colour is its default (then the page gets no colour style at all). */
export function isDefaultColours(colours: MarkColours): boolean {
  return COLOUR_TARGETS.every((t) => colours[t] === DEFAULT_MARK_COLOURS[t]);
}

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `a` mixed with `b`, `share` of `a` (0..1), in sRGB as CSS color-mix does. */
export function mix(a: string, b: string, share: number): string {
  const x = rgbOf(a);
  const y = rgbOf(b);
  return hexOf([0, 1, 2].map((i) => (x[i] as number) * share + (y[i] as number) * (1 - share)) as Rgb);
}

/** WCAG relative luminance of a hex colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two hex colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The page backgrounds a highlight is checked against. */
export const PAGE_BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const;

/** What a mark shows for a colour on a light or dark page: its underline and its tint (quotes only). */
export interface MarkTints {
  line: string;
  fill: string;
  /** The tint while the quote's card is open. */
  open: string;
}

/**
 * The tints drawn for a colour. The underline is what tells a highlight apart, so it is darkened on light
 * pages and lightened on dark ones; the fill stays a soft wash of the colour itself, as the default look.
 */
export function tintsFor(colour: string, scheme: 'light' | 'dark'): MarkTints {
  const alpha = (share: number) =>
    `${colour}${Math.round(share * 255)
      .toString(16)
      .padStart(2, '0')}`;
  return scheme === 'light'
    ? { line: mix(colour, '#000000', 0.7), fill: alpha(0.18), open: alpha(0.36) }
    : { line: mix(colour, '#ffffff', 0.7), fill: alpha(0.22), open: alpha(0.4) };
}

/** The default look as entrypoints/content/style.css draws it, for targets left at their default colour. */
const DEFAULT_LOOK: Record<'quote' | 'person', Record<'light' | 'dark', MarkTints>> = {
  quote: {
    light: { line: 'rgba(200, 140, 0, 0.75)', fill: 'rgba(255, 200, 40, 0.18)', open: 'rgba(255, 200, 40, 0.36)' },
    dark: { line: 'rgba(255, 200, 80, 0.8)', fill: 'rgba(255, 200, 40, 0.22)', open: 'rgba(255, 200, 40, 0.4)' },
  },
  person: {
    light: { line: 'rgba(40, 110, 200, 0.85)', fill: 'transparent', open: 'transparent' },
    dark: { line: 'rgba(120, 180, 255, 0.9)', fill: 'transparent', open: 'transparent' },
  },
};

/** What a page shows for one target under these colours: the default look, or the tints of the reader's colour. */
export function shownTints(colours: MarkColours, target: ColourTarget, scheme: 'light' | 'dark'): MarkTints {
  if (colours[target] !== DEFAULT_MARK_COLOURS[target]) return tintsFor(colours[target], scheme);
  return DEFAULT_LOOK[target === 'person' ? 'person' : 'quote'][scheme];
}

/** The least contrast an underline needs against the page to be seen (WCAG 1.4.11, non-text contrast). */
export const MIN_LINE_CONTRAST = 3;

/** A colour too faint on one kind of page: the facts, for the manager to say in the reader's language. */
export interface ContrastWarning {
  target: ColourTarget;
  scheme: 'light' | 'dark';
  ratio: number;
  /** The same in English, for logs and tests. */
  message: string;
}

/** Warnings for colours whose underline would be hard to see on a light or a dark page; empty when fine. */
export function contrastWarnings(colours: MarkColours): ContrastWarning[] {
  const warnings: ContrastWarning[] = [];
  for (const target of COLOUR_TARGETS) {
    for (const scheme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(tintsFor(colours[target], scheme).line, PAGE_BACKGROUNDS[scheme]);
      if (ratio < MIN_LINE_CONTRAST) {
        warnings.push({
          target,
          scheme,
          ratio,
          message: `${COLOUR_LABELS[target]}: hard to see on ${scheme} pages (contrast ${ratio.toFixed(1)}:1, needs ${MIN_LINE_CONTRAST}:1)`,
        });
      }
    }
  }
  return warnings;
}

/**
 * The stylesheet that hands the reader's colours to the highlight style (entrypoints/content/style.css reads
 * these custom properties, with the default look as fallback), for light and dark pages. Targets left at
 * their default get no property, so they keep the default look exactly.
 */
export function colourCss(colours: MarkColours): string {
  const changed = COLOUR_TARGETS.filter((t) => colours[t] !== DEFAULT_MARK_COLOURS[t]);
  const block = (scheme: 'light' | 'dark') =>
    changed
      .map((target) => {
        const t = tintsFor(colours[target], scheme);
        return `--onrecord-${target}-line:${t.line};--onrecord-${target}-fill:${t.fill};--onrecord-${target}-open:${t.open};`;
      })
      .join('');
  return `:root{${block('light')}}@media (prefers-color-scheme: dark){:root{${block('dark')}}}`;
}
