/**
 * Counted phrases ("1 quote", "3 quotes", "0 citation"): browser i18n has no plurals, so each phrase has a
 * …One and an …Other key and the language's own plural rule picks one.
 */
import { formatLocale, formatNumber, type MessageKey, t } from './i18n';

/** Keys of the catalogue that come in a One/Other pair. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}One` ? B : never) : never;

/** Whether `count` takes the singular form in `locale` (French says "0 citation", English "0 quotes"). */
export function isSingular(count: number, locale: string = formatLocale()): boolean {
  return new Intl.PluralRules(locale).select(count) === 'one';
}

/**
 * The phrase for `count` from the `base`One / `base`Other pair, with the count (formatted) as $1 and any
 * further substitutions after it.
 */
export function tCount(base: PluralBase, count: number, ...more: (string | number)[]): string {
  const key = (isSingular(count) ? `${base}One` : `${base}Other`) as MessageKey;
  return t(key, [formatNumber(count), ...more]);
}
