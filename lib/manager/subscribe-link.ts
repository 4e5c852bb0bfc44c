/**
 * The manager's subscribe page: `manager.html#subscribe=<pack address>` (what a publisher links to) opens the
 * Subscriptions section's question for that address. Reading the link is pure; it never subscribes by itself.
 */

/** The pack address a manager hash carries, or null when the hash is not a subscribe link to an http(s) address. */
export function subscribeLinkUrl(hash: string): string | null {
  const match = /^#?subscribe=(.+)$/s.exec(hash);
  if (!match?.[1]) return null;
  let raw = match[1];
  try {
    // Links may carry the address encoded (`https%3A%2F%2F…`) or as it is; an encoded one decodes once.
    if (/^https?%3A/i.test(raw)) raw = decodeURIComponent(raw);
  } catch {
    return null;
  }
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
