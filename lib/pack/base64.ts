/**
 * Strict standard base64 for signature fields: a key or signature that is not exactly the bytes it claims must
 * be refused, never silently read as something else, so no lenient decoding (no URL alphabet, no whitespace).
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of a standard, padded base64 string, or null when it is not one (or not `length` bytes long). */
export function decodeBase64(text: string, length?: number): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || !BASE64.test(text)) return null;
  if (length !== undefined && text.length !== Math.ceil(length / 3) * 4) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (length !== undefined && bytes.length !== length) return null;
  return bytes;
}

/** Standard, padded base64 of `bytes`, the form every signature field is written in. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
