/**
 * The publisher's side of pack signatures: key pairs and signing, in WebCrypto like verification, so the
 * publisher CLI and the tests sign exactly the bytes the extension verifies.
 */
import { decodeBase64, encodeBase64 } from './base64';
import { canonicalPackBytes, keyFingerprint, type PackSignature, signedBytes } from './signature';

/** A publisher's private key as stored in `<name>.key.json`: an Ed25519 JWK holding both halves. */
export interface PrivateKeyFile {
  kty: 'OKP';
  crv: 'Ed25519';
  /** base64url of the 32-byte private seed. */
  d: string;
  /** base64url of the 32-byte public key. */
  x: string;
}

/** What a publisher hands out in `<name>.pub.json`: the key subscribers pin, and its short fingerprint. */
export interface PublicKeyFile {
  alg: 'Ed25519';
  publicKey: string;
  fingerprint: string;
}

const ED25519 = { name: 'Ed25519' } as const;

/** A fresh key pair, as the private key file and the public key file a publisher keeps and shares. */
export async function generateKeyPair(): Promise<{ privateKey: PrivateKeyFile; publicKey: PublicKeyFile }> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (typeof jwk.d !== 'string' || typeof jwk.x !== 'string') throw new Error('the key pair did not export');
  const privateKey: PrivateKeyFile = { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x };
  return { privateKey, publicKey: await publicKeyFile(privateKey) };
}

/** The public key file that goes with a private key file. */
export async function publicKeyFile(privateKey: PrivateKeyFile): Promise<PublicKeyFile> {
  const publicKey = base64UrlToBase64(privateKey.x);
  return { alg: 'Ed25519', publicKey, fingerprint: await keyFingerprint(publicKey) };
}

/** A detached signature over the pack file's exact text, for `<pack>.sig`. */
export async function signDetached(text: string, privateKey: PrivateKeyFile): Promise<PackSignature> {
  return sign(signedBytes(text), privateKey);
}

/**
 * The pack rewritten with `meta.signature` over its canonical form. The rest of the file keeps its own key
 * order; it is indented with two spaces, as the manager exports.
 */
export async function signEmbedded(text: string, privateKey: PrivateKeyFile): Promise<string> {
  const signature = await sign(canonicalPackBytes(text), privateKey);
  const pack = JSON.parse(text.replace(/^\uFEFF/, '')) as { meta?: unknown };
  if (pack.meta === null || typeof pack.meta !== 'object' || Array.isArray(pack.meta))
    throw new TypeError('the pack has no meta object to hold its signature');
  const meta = { ...(pack.meta as Record<string, unknown>) };
  delete meta.signature;
  return `${JSON.stringify({ ...pack, meta: { ...meta, signature } }, null, 2)}\n`;
}

/** Whether a parsed JSON value is a private key file this module can sign with. */
export function isPrivateKeyFile(value: unknown): value is PrivateKeyFile {
  if (value === null || typeof value !== 'object') return false;
  const k = value as Record<string, unknown>;
  return k.kty === 'OKP' && k.crv === 'Ed25519' && typeof k.d === 'string' && typeof k.x === 'string';
}

async function sign(bytes: Uint8Array<ArrayBuffer>, privateKey: PrivateKeyFile): Promise<PackSignature> {
  const jwk: JsonWebKey = { kty: 'OKP', crv: 'Ed25519', d: privateKey.d, x: privateKey.x };
  const key = await crypto.subtle.importKey('jwk', jwk, ED25519, false, ['sign']);
  const value = new Uint8Array(await crypto.subtle.sign(ED25519, key, bytes));
  return { alg: 'Ed25519', publicKey: base64UrlToBase64(privateKey.x), value: encodeBase64(value) };
}

function base64UrlToBase64(text: string): string {
  const plain = text.replaceAll('-', '+').replaceAll('_', '/');
  const padded = plain + '='.repeat((4 - (plain.length % 4)) % 4);
  if (decodeBase64(padded) === null) throw new TypeError('not a base64url key');
  return padded;
}
