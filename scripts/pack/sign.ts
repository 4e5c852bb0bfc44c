/** `pack sign`: a detached `<pack>.sig` beside the pack, or the pack rewritten with `meta.signature`. */
import { statSync, writeFileSync } from 'node:fs';
import { parsePack } from '../../lib/pack/parse-pack';
import { signDetached, signEmbedded } from '../../lib/pack/sign-pack';
import { keyFingerprint, verifyPack } from '../../lib/pack/signature';
import { CliError } from './args';
import { readPrivateKey, readText } from './files';

/**
 * Signs the pack at `packPath` with the key at `keyPath`; refuses a pack an import would not take whole, and
 * checks the new signature as a subscriber would before writing it, so a damaged key file never publishes one.
 */
export async function signFile(packPath: string, keyPath: string, embed: boolean): Promise<string[]> {
  const text = readText(packPath);
  const key = readPrivateKey(keyPath);
  checkPackText(packPath, text);
  const warning = keyFileWarning(keyPath);
  if (embed) {
    const signed = await usingKey(keyPath, () => signEmbedded(text, key));
    const verdict = await verifyPack(signed, null);
    if (!verdict.ok || verdict.publicKey === null) throw new CliError(`${keyPath}: its two halves do not match`);
    writeFileSync(packPath, signed);
    return [...warning, `signed ${packPath} (meta.signature) with key ${await keyFingerprint(verdict.publicKey)}`];
  }
  const signature = await usingKey(keyPath, () => signDetached(text, key));
  if (!(await verifyPack(text, signature)).ok) throw new CliError(`${keyPath}: its two halves do not match`);
  const sigPath = `${packPath}.sig`;
  writeFileSync(sigPath, `${JSON.stringify(signature, null, 2)}\n`);
  return [
    ...warning,
    `wrote ${sigPath} with key ${await keyFingerprint(signature.publicKey)}`,
    `publish it beside the pack (its address with ".sig" added to the path); any change to ${packPath} needs a new signature`,
  ];
}

/** Signs, turning WebCrypto's refusal of a damaged key ("Invalid keyData") into a line naming the file. */
async function usingKey<T>(keyPath: string, sign: () => Promise<T>): Promise<T> {
  try {
    return await sign();
  } catch (e) {
    throw new CliError(`${keyPath}: is not a usable Ed25519 private key (${e instanceof Error ? e.message : e})`);
  }
}

/** A line of warning when others than the key's owner may read it (as ssh warns), else nothing. */
function keyFileWarning(keyPath: string): string[] {
  const mode = statSync(keyPath).mode & 0o777;
  return process.platform !== 'win32' && (mode & 0o077) !== 0
    ? [`warning: ${keyPath} is readable by others (mode ${mode.toString(8)}); chmod 600 it`]
    : [];
}

/** The pack checks an import runs, strict: a publisher signs only a pack every record of which is sound. */
export function checkPackText(path: string, text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: is not valid JSON (${(e as Error).message})`);
  }
  const parsed = parsePack(json);
  if (!parsed.ok) throw new CliError(`${path}: is not a valid pack:\n  ${parsed.errors.join('\n  ')}`);
}
