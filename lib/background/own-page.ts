/**
 * Which extension page sent a runtime message. Messages only extension pages may send (the side panel's
 * lookup, the popup's remember switch) are answered for one page of this extension, under its own host:
 * Chrome's dynamic card-frame host, web pages (content scripts) and other extension pages do not match.
 */

/** Whether `url` is the page `pageUrl` (scheme, host and path; query and fragment aside). */
export function isOwnPage(url: string | undefined, pageUrl: string): boolean {
  if (!url) return false;
  try {
    const a = new URL(url);
    const b = new URL(pageUrl);
    return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
