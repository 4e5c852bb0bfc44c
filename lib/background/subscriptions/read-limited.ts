/**
 * Reads a response body with a size limit: a declared Content-Length over the limit is refused before the body
 * is read, and the bytes are counted as they stream in, so a server that lies about (or omits) the length
 * cannot make the background hold more than the limit.
 */

/** The largest pack a subscription fetches (50 MB). */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;

/** The body went over the limit; nothing of it is used. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`over ${limit} bytes`);
    this.name = 'TooLargeError';
  }
}

/** Whether a declared Content-Length is over the limit (an absent or unreadable one is not). */
export function declaredTooLarge(contentLength: string | null, limit: number): boolean {
  if (contentLength === null || !/^\d+$/.test(contentLength.trim())) return false;
  return Number(contentLength) > limit;
}

/** The body as UTF-8 text and its size in bytes, or TooLargeError once it passes `limit` bytes. */
export async function readLimited(response: Response, limit: number): Promise<{ text: string; bytes: number }> {
  if (declaredTooLarge(response.headers.get('content-length'), limit)) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(limit);
  }
  const reader = response.body?.getReader();
  if (!reader) return { text: '', bytes: 0 };
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(limit);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { text: parts.join(''), bytes };
}
