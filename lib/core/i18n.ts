/**
 * The one door for user-visible words. Every string a reader sees comes from the browser's i18n catalogue
 * (`public/_locales/<lang>/messages.json`), so the interface follows the browser's language, and dates and
 * numbers are formatted with `Intl` in that same language.
 */
import { browser } from 'wxt/browser';
import type catalogue from '@/public/_locales/en/messages.json';

/** A key of the English catalogue: the type stops a typo or a forgotten entry at compile time. */
export type MessageKey = keyof typeof catalogue;

/** One entry of a messages.json file, as the WebExtension i18n format defines it. */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole messages.json file. */
export type Catalogue = Record<string, CatalogueEntry>;

/**
 * The message for `key` in the browser's language, with `$1`…`$9` substitutions. Falls back to the key itself
 * so a missing entry shows up on screen (and the catalogue test fails) instead of an empty label.
 */
export function t(key: MessageKey, substitutions?: string | number | readonly (string | number)[]): string {
  const subs = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  let message = '';
  try {
    message = browser.i18n.getMessage(key, subs);
  } catch {
    // Outside an extension page (a script or a test without a catalogue) there is no i18n API.
  }
  return message || key;
}

/**
 * Resolves an entry the way browsers do: named `$placeholder$`s take their content, `$1`…`$9` take the
 * substitutions, `$$` is a dollar sign. Used where the browser's own lookup is absent (tests, scripts).
 */
export function resolveMessage(entry: CatalogueEntry | undefined, subs: readonly string[] = []): string {
  if (!entry) return '';
  const positional = (text: string) =>
    text.replace(/\$\$|\$(\d)/g, (whole, n?: string) => (n === undefined ? whole : (subs[Number(n) - 1] ?? '')));
  // One pass, so a "$$" before a digit stays a dollar sign and a named placeholder's "$1" is substituted.
  return entry.message.replace(/\$\$|\$(\d)|\$([a-zA-Z0-9_@]+)\$/g, (whole, n?: string, name?: string) => {
    if (whole === '$$') return '$';
    if (n !== undefined) return subs[Number(n) - 1] ?? '';
    const placeholder = name === undefined ? undefined : entry.placeholders?.[name.toLowerCase()];
    return placeholder ? positional(placeholder.content).replace(/\$\$/g, '$') : whole;
  });
}

/** The language the interface is shown in (the browser's UI language), for `Intl` formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * The locale dates and numbers are written in: the one the shown catalogue names, so a browser in a language
 * OnRecord does not speak gets English words with English dates rather than a mix of the two.
 */
export function formatLocale(): string {
  const named = t('commonFormatLocale');
  return named === 'commonFormatLocale' ? uiLanguage() : named;
}

/** A number in the reader's language ("1,234" in English, "1 234" in French). */
export function formatNumber(value: number, locale: string = formatLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Names joined the reader's way: "A or B" / "A ou B" ('disjunction'), "A, B and C" ('conjunction'). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(formatLocale(), { type }).format(items);
}
