/**
 * The key a `sameAs` link is matched by, so two records that point at the same page about someone (Wikidata,
 * Wikipedia, an official site) are known to be the same person however each spelled the address: scheme, `www.`,
 * letter case of the host, a trailing slash and a fragment do not count, and Wikidata's entity and wiki
 * addresses of one item give one key.
 */

/** What every link key starts with, so it can never equal a name key (names fold to letters and spaces). */
export const LINK_KEY_PREFIX = 'link:';

const WIKIDATA = /^\/(?:wiki|entity)\/(Q\d+)$/i;

/** The matching key of a web link, or undefined when it is not one. */
export function linkKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  const item = host === 'wikidata.org' ? WIKIDATA.exec(path)?.[1] : undefined;
  if (item) return `${LINK_KEY_PREFIX}wikidata:${item.toUpperCase()}`;
  return `${LINK_KEY_PREFIX}${host}${path}${parsed.search}`;
}

/** The keys of a record's links, each once. */
export function linkKeys(links: readonly string[] | undefined): string[] {
  const keys = (links ?? []).map(linkKey).filter((k) => k !== undefined);
  return [...new Set(keys)];
}
