/**
 * Ed25519 signatures on context packs, so a subscriber can tell that a pack comes from the publisher whose key
 * it pinned. Pure WebCrypto (`crypto.subtle`), the same code in Chromium's and Firefox's backgrounds and in Node.
 * A signature sits beside the pack (`<pack url>.sig`, over the file's exact bytes) or inside it
 * (`meta.signature`, over the pack's canonical form); docs/pack-format.md describes both for publishers.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { canonicalJson } from './canonical-json';

/** A signature as a publisher writes it, in a `.sig` file or as a pack's `meta.signature`. */
export interface PackSignature {
  alg: 'Ed25519';
  /** Standard base64 of the raw 32-byte public key. */
  publicKey: string;
  /** Standard base64 of the 64-byte signature. */
  value: string;
}

/**
 * A pack's verdict: signed by `publicKey` (in canonical base64), unsigned (`publicKey: null`), or refused with
 * the reason.
 */
export type PackVerdict =
  | { ok: true; publicKey: string | null }
  | { ok: false; reason: 'bad-signature' | 'malformed-signature' };

/** A `.sig` file is about 200 bytes; a bigger one is not a signature file. */
const MAX_SIGNATURE_FILE = 4096;
const KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const ED25519 = { name: 'Ed25519' } as const;

/** Whether a value has the shape of a PackSignature (field lengths are checked when it is verified). */
export function isPackSignature(value: unknown): value is PackSignature {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v.alg === 'Ed25519' && typeof v.publicKey === 'string' && typeof v.value === 'string';
}

/**
 * A detached signature file's signature, or null when the text is not one. A subscriber that found a `.sig`
 * beside the pack but gets null here should treat the pack as badly signed, not as unsigned.
 */
export function parseSignatureFile(text: string): PackSignature | null {
  if (typeof text !== 'string' || text.length > MAX_SIGNATURE_FILE) return null;
  try {
    const parsed: unknown = JSON.parse(stripBom(text));
    return isPackSignature(parsed) ? { alg: parsed.alg, publicKey: parsed.publicKey, value: parsed.value } : null;
  } catch {
    return null;
  }
}

/**
 * Verifies a pack's text: against the detached signature when one is given, else against its embedded
 * `meta.signature`, else reports it unsigned. Never throws: anything unreadable in a signature is
 * 'malformed-signature', a signature that does not match is 'bad-signature'.
 */
export async function verifyPack(text: string, detached: PackSignature | null): Promise<PackVerdict> {
  if (detached !== null) return verifyBytes(detached, signedBytes(text));
  const embedded = embeddedSignature(text);
  if (embedded === 'none') return { ok: true, publicKey: null };
  if (embedded === 'malformed') return { ok: false, reason: 'malformed-signature' };
  return verifyBytes(embedded.signature, embedded.bytes);
}

/** The short form a reader compares with the publisher's: "3F2A 91C0 7B44 E1D9" (SHA-256 of the raw key). */
export async function keyFingerprint(publicKey: string): Promise<string> {
  const raw = decodeBase64(publicKey, KEY_BYTES);
  if (raw === null) throw new TypeError('not a base64 Ed25519 public key');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw)).subarray(0, 8);
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** The bytes a detached signature covers: the file's UTF-8 bytes, without a leading byte order mark. */
export function signedBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(stripBom(text));
}

/**
 * The bytes an embedded signature covers: the pack parsed, `meta.signature` removed, written canonically
 * (keys sorted, no whitespace) as UTF-8. Throws when the text is not a JSON object or nests too deeply.
 */
export function canonicalPackBytes(text: string): Uint8Array<ArrayBuffer> {
  return canonicalBytesOf(JSON.parse(stripBom(text)));
}

/** canonicalPackBytes of a pack already parsed (which loses its `meta.signature`). */
function canonicalBytesOf(parsed: unknown): Uint8Array<ArrayBuffer> {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not a pack');
  const meta = (parsed as Record<string, unknown>).meta;
  if (meta !== null && typeof meta === 'object' && Object.hasOwn(meta, 'signature'))
    delete (meta as Record<string, unknown>).signature;
  return new TextEncoder().encode(canonicalJson(parsed));
}

type Embedded = 'none' | 'malformed' | { signature: PackSignature; bytes: Uint8Array<ArrayBuffer> };

/** The pack's embedded signature and the bytes it covers; text that is not JSON is left to the pack checks. */
function embeddedSignature(text: string): Embedded {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripBom(text));
  } catch {
    return 'none';
  }
  const meta =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>).meta
      : undefined;
  if (meta === null || typeof meta !== 'object' || !Object.hasOwn(meta, 'signature')) return 'none';
  const signature = (meta as Record<string, unknown>).signature;
  if (!isPackSignature(signature)) return 'malformed';
  try {
    return { signature, bytes: canonicalBytesOf(parsed) };
  } catch {
    return 'malformed';
  }
}

async function verifyBytes(signature: PackSignature, bytes: Uint8Array<ArrayBuffer>): Promise<PackVerdict> {
  if (!isPackSignature(signature)) return { ok: false, reason: 'malformed-signature' };
  const key = decodeBase64(signature.publicKey, KEY_BYTES);
  const value = decodeBase64(signature.value, SIGNATURE_BYTES);
  if (key === null || value === null) return { ok: false, reason: 'malformed-signature' };
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('raw', key, ED25519, false, ['verify']);
  } catch {
    return { ok: false, reason: 'malformed-signature' };
  }
  try {
    const good = await crypto.subtle.verify(ED25519, publicKey, value, bytes);
    // Written afresh from the bytes, so a key given in a non-canonical base64 spelling still equals its pin.
    return good ? { ok: true, publicKey: encodeBase64(key) } : { ok: false, reason: 'bad-signature' };
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
