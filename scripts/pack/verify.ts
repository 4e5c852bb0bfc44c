/** `pack verify`: what a subscriber's browser would conclude about a pack and its signature, as one line. */
import { existsSync } from 'node:fs';
import { keyFingerprint, type PackSignature, parseSignatureFile, verifyPack } from '../../lib/pack/signature';
import { CliError } from './args';
import { readPublicKey, readText } from './files';

/** How the publisher's key is pinned: a public key file's key, or a fingerprint as subscribers see it. */
export interface VerifyOptions {
  sig?: string;
  key?: string;
  fingerprint?: string;
}

/** The verdict line and whether it is a pass; an unsigned pack fails, since a signature was asked for. */
export async function verifyFile(packPath: string, options: VerifyOptions): Promise<{ ok: boolean; line: string }> {
  const text = readText(packPath);
  const sigPath = options.sig ?? (existsSync(`${packPath}.sig`) ? `${packPath}.sig` : undefined);
  let detached: PackSignature | null = null;
  if (sigPath !== undefined) {
    detached = parseSignatureFile(readText(sigPath));
    if (detached === null) return fail(`${sigPath} is not a signature file ({"alg":"Ed25519","publicKey","value"})`);
  }
  const verdict = await verifyPack(text, detached);
  const where = sigPath ? `detached signature ${sigPath}` : 'embedded meta.signature';
  if (!verdict.ok)
    return fail(
      verdict.reason === 'bad-signature'
        ? `${packPath}: the ${where} does not match the pack (changed after signing, or another key)`
        : `${packPath}: the ${where} is malformed (a key of 32 bytes and a signature of 64, in base64)`,
    );
  if (verdict.publicKey === null) return fail(`${packPath}: is not signed (no .sig beside it, no meta.signature)`);
  const fingerprint = await keyFingerprint(verdict.publicKey);
  const pinned = await pinnedFingerprint(options);
  if (pinned !== null && pinned !== fingerprint)
    return fail(`${packPath}: signed by ${fingerprint}, not by the expected key ${pinned}`);
  const by = pinned === null ? ' (no key given to compare with: check the fingerprint with the publisher)' : '';
  return { ok: true, line: `OK: ${packPath}: ${where} is good, signed by ${fingerprint}${by}` };
}

async function pinnedFingerprint(options: VerifyOptions): Promise<string | null> {
  if (options.key !== undefined && options.fingerprint !== undefined)
    throw new CliError('give --key or --fingerprint, not both');
  if (options.key !== undefined) return keyFingerprint(readPublicKey(options.key));
  if (options.fingerprint !== undefined) return normaliseFingerprint(options.fingerprint);
  return null;
}

/** "3f2a91c07b44e1d9" or "3F2A-91C0 …" as the canonical "3F2A 91C0 7B44 E1D9". */
export function normaliseFingerprint(text: string): string {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex;
}

function fail(line: string): { ok: false; line: string } {
  return { ok: false, line: `FAILED: ${line}` };
}
