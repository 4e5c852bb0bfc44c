/**
 * Well-formed text. A lone UTF-16 surrogate (half of a pair, as a broken page or a crafted pack can carry) makes
 * `encodeURIComponent` throw and cannot be encoded as UTF-8; every text that enters the library or a URL is made
 * well-formed first, each lone surrogate becoming U+FFFD.
 */

type WellFormedString = string & { isWellFormed?: () => boolean; toWellFormed?: () => string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text holds no lone surrogate. */
export function isWellFormed(text: string): boolean {
  const s = text as WellFormedString;
  if (typeof s.isWellFormed === 'function') return s.isWellFormed();
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}

/** The text with every lone surrogate replaced by U+FFFD (the replacement character); other text unchanged. */
export function toWellFormed(text: string): string {
  const s = text as WellFormedString;
  if (typeof s.toWellFormed === 'function') return s.toWellFormed();
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `encodeURIComponent` that never throws: lone surrogates are encoded as U+FFFD. */
export function encodeComponentSafely(text: string): string {
  return encodeURIComponent(toWellFormed(text));
}

/**
 * Text as the library stores it: well-formed, and without NUL, which some tools that read an export (CSV in
 * spreadsheets, C string APIs) treat as the end of the text. Bidirectional controls are kept: they belong to
 * right-to-left quotes, and every surface shows stored text in its own isolated element.
 */
export function cleanText(text: string): string {
  const wellFormed = toWellFormed(text);
  return wellFormed.includes('\0') ? wellFormed.replaceAll('\0', '') : wellFormed;
}
