/** `pack keygen`: a publisher's Ed25519 key pair, private half readable by its owner only. */
import { existsSync, writeFileSync } from 'node:fs';
import { generateKeyPair } from '../../lib/pack/sign-pack';
import { CliError } from './args';

/** Writes `<out>.key.json` (mode 0600) and `<out>.pub.json`; refuses to overwrite a key. Returns what to print. */
export async function keygen(out: string): Promise<string[]> {
  const keyPath = `${out}.key.json`;
  const pubPath = `${out}.pub.json`;
  for (const path of [keyPath, pubPath])
    if (existsSync(path)) throw new CliError(`${path} exists; a key is never overwritten (choose another --out)`);
  const { privateKey, publicKey } = await generateKeyPair();
  writeFileSync(keyPath, `${JSON.stringify(privateKey, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  writeFileSync(pubPath, `${JSON.stringify(publicKey, null, 2)}\n`, { flag: 'wx' });
  return [
    `wrote ${keyPath} (private: keep it secret, never publish it)`,
    `wrote ${pubPath} (public key, share it with subscribers)`,
    `fingerprint: ${publicKey.fingerprint}`,
  ];
}
