/**
 * Which addresses a reader can subscribe to: https, or http on this computer only (127.0.0.1, localhost, [::1])
 * so a publisher can try a pack locally and tests can serve one. No user name or password in the address (the
 * background never sends credentials), no fragment (it is not sent anyway, and would make one pack two).
 */

/** Why an address was refused, for the reader's words (lib/background/subscriptions/problems.ts). */
export type AddressProblem = 'not-a-url' | 'not-https' | 'credentials';

/** The longest address kept: the pack format's own limit on links. */
const MAX_URL = 2_000;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a parsed address stays on this computer. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname.toLowerCase());
}

/** The address as it will be stored and fetched, or why it cannot be subscribed to. */
export function checkPackAddress(input: string): { ok: true; url: string } | { ok: false; problem: AddressProblem } {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL) return { ok: false, problem: 'not-a-url' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
  if (!secure) return { ok: false, problem: 'not-https' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Where a pack's detached signature sits: beside it, with `.sig` added to the path (query kept). */
export function signatureAddress(packUrl: string): string {
  const url = new URL(packUrl);
  url.pathname = `${url.pathname}.sig`;
  return url.href;
}
