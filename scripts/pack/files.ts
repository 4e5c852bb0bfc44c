/** Reading the files the publisher CLI is given, each failure one line naming the file. */
import { readFileSync } from 'node:fs';
import { readTextFile } from '../../lib/pack/read-pack-file';
import { isPrivateKeyFile, type PrivateKeyFile, type PublicKeyFile } from '../../lib/pack/sign-pack';
import { CliError } from './args';

/** A file's UTF-8 text (without a byte order mark), as the extension would read it. */
export function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const read = readTextFile(new Uint8Array(bytes));
  if (!read.ok) throw new CliError(`${path}: ${read.errors.join('; ')}`);
  return read.text;
}

/** A JSON file's value. */
export function readJson(path: string): unknown {
  try {
    return JSON.parse(readText(path));
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: is not valid JSON (${(e as Error).message})`);
  }
}

/** A private key file written by `pack keygen`. */
export function readPrivateKey(path: string): PrivateKeyFile {
  const key = readJson(path);
  if (!isPrivateKeyFile(key)) throw new CliError(`${path}: is not an Ed25519 private key file from "pack keygen"`);
  return key;
}

/** The public key in a `.pub.json` file written by `pack keygen`. */
export function readPublicKey(path: string): string {
  const file = readJson(path) as Partial<PublicKeyFile> | null;
  if (file === null || typeof file !== 'object' || typeof file.publicKey !== 'string')
    throw new CliError(`${path}: is not a public key file from "pack keygen"`);
  return file.publicKey;
}
