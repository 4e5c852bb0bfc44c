import { describe, expect, it } from 'vitest';
import { webLink } from '@/lib/factcheck/normalise';

/** What the URL parser says of a link: the fast check in webLink must never keep one the parser refuses. */
function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

const LINKS = [
  'https://checker.example/review/1',
  'http://a.b.c.example:8080/x?y=1#z',
  'https://www.wikidata.org/wiki/Q42',
  'HTTPS://UPPER.EXAMPLE/Path',
  'http://localhost/',
  'http://1.2.3.4/',
  'http://1.2.3.999/',
  'http://999999999999/',
  'http://0x1/',
  'http://a.0x1/',
  'http://xn--zz/',
  'http://xn--nxasmq6b.example/',
  'http://a:99999/',
  'http://a:65536/',
  'http://exa mple.com/',
  'http://-dash.example/',
  'http://a..b/',
  'http://a_b.example/',
  'http:///nohost',
  'https://',
  'http://[::1]/',
  'http://[::1/',
  'http://ex%41mple.com/',
  'http://example.com/a b',
  'http://example.com/\u00e9',
];

describe('webLink', () => {
  it.each(LINKS)('keeps %s exactly when the URL parser accepts it', (url) => {
    expect(webLink(url)).toBe(parses(url) ? url : undefined);
  });
});
