/** `pack sign`: a detached `<pack>.sig` beside the pack, or the pack rewritten with `meta.signature`. */
import { writeFileSync } from 'node:fs';
import { parsePack } from '../../lib/pack/parse-pack';
import { signDetached, signEmbedded } from '../../lib/pack/sign-pack';
import { keyFingerprint } from '../../lib/pack/signature';
import { CliError } from './args';
import { readPrivateKey, readText } from './files';

/** Signs the pack at `packPath` with the key at `keyPath`; refuses a pack an import would not take whole. */
export async function signFile(packPath: string, keyPath: string, embed: boolean): Promise<string[]> {
  const text = readText(packPath);
  const key = readPrivateKey(keyPath);
  checkPackText(packPath, text);
  if (embed) {
    const signed = await signEmbedded(text, key);
    writeFileSync(packPath, signed);
    const { publicKey } = JSON.parse(signed).meta.signature;
    return [`signed ${packPath} (meta.signature) with key ${await keyFingerprint(publicKey)}`];
  }
  const signature = await signDetached(text, key);
  const sigPath = `${packPath}.sig`;
  writeFileSync(sigPath, `${JSON.stringify(signature, null, 2)}\n`);
  return [
    `wrote ${sigPath} with key ${await keyFingerprint(signature.publicKey)}`,
    `publish it beside the pack (its address with ".sig" added to the path); any change to ${packPath} needs a new signature`,
  ];
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
