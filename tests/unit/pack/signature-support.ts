/** The signed-pack fixtures and an independent signer (node:crypto), shared by the signature tests. */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackSignature } from '@/lib/pack/signature';

/** The folder of signed fixtures (tests/fixtures/packs/signed/README.md). */
export const SIGNED_DIR = join(__dirname, '../../fixtures/packs/signed');

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(join(SIGNED_DIR, name), 'utf8');
}

/** A fixture file's JSON. */
export function fixtureJson<T>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}

/** Signs bytes with node:crypto, not WebCrypto, so the module is checked against a second implementation. */
export function nodeSign(keyFile: string, bytes: Uint8Array): PackSignature {
  const jwk = fixtureJson<{ d: string; x: string }>(keyFile);
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x }, format: 'jwk' });
  return {
    alg: 'Ed25519',
    publicKey: Buffer.from(jwk.x, 'base64url').toString('base64'),
    value: sign(null, bytes, key).toString('base64'),
  };
}

/** The fingerprint computed with node:crypto, to check keyFingerprint against. */
export function nodeFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
  return (hex.toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

/** base64 of `bytes` with the byte at `index` changed. */
export function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = (bytes[index] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

/** The string with the character at `index` replaced by another one-byte character. */
export function flipChar(text: string, index: number): string {
  const swapped = text[index] === 'x' ? 'y' : 'x';
  return text.slice(0, index) + swapped + text.slice(index + 1);
}
