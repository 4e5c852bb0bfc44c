/**
 * When an address change inside a single-page app means a new page: a new path or query does, a new
 * #fragment (a jump within the article, a tab of the same story) does not.
 */

/** How long after a route change the new page is read (ms): apps render the new route just after the change. */
export const ROUTE_SETTLE_MS = 250;

/** True when moving from `from` to `to` shows another page rather than another place in the same one. */
export function isNewPage(from: URL | string, to: URL | string): boolean {
  const a = new URL(String(from));
  const b = new URL(String(to));
  return a.origin !== b.origin || a.pathname !== b.pathname || a.search !== b.search;
}
