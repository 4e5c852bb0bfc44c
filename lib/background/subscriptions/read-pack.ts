/**
 * A fetched pack read as a subscription reads it: its signature checked (a detached `.sig` beside it, fetched
 * only now that the pack changed, or one inside its meta) against the key the reader pinned, then its JSON
 * checked exactly as an import checks a file. Never throws: every refusal is a problem with its detail.
 */
import { AcceptedPack, checkImportable, PackError } from '@/lib/db/repos-pack';
import { readPackFile } from '@/lib/pack/read-pack-file';
import { parseSignatureFile, verifyPack } from '@/lib/pack/signature';
import { signatureAddress } from './address';
import { type FetchOptions, type FetchProblem, fetchPackText } from './fetch-pack';
import { MAX_PACK_BYTES } from './read-limited';

/** Why a fetched pack was refused, for the reader's words (problems.ts). */
export type PackProblem =
  | 'not-a-pack'
  | 'bad-signature'
  | 'malformed-signature'
  | 'unsigned'
  | 'key-differs'
  | `signature-${FetchProblem}`;

/** The key a pack must be signed with: the pinned one exactly (at subscribe), or the pinned one if any (updates). */
export interface KeyRule {
  key: string | null;
  /** True when subscribing: even an unsigned pinning must still hold (the preview's pack was unsigned). */
  exact: boolean;
}

/** A pack read and checked, or why not. */
export type ReadOutcome =
  | { ok: true; accepted: AcceptedPack; publicKey: string | null }
  | { ok: false; problem: PackProblem; detail?: string };

/** The detached signature beside the pack: null when there is none (a 404), or why it could not be read. */
async function detachedSignature(url: string, options: FetchOptions) {
  const sig = await fetchPackText(signatureAddress(url), {}, { ...options, maxBytes: 64 * 1024, allowMissing: true });
  if (sig.kind === 'missing') return { ok: true as const, signature: null };
  if (sig.kind !== 'changed') {
    const problem: PackProblem = sig.kind === 'failed' ? `signature-${sig.problem}` : 'signature-status';
    return { ok: false as const, problem };
  }
  const signature = parseSignatureFile(sig.text);
  return signature ? { ok: true as const, signature } : { ok: false as const, problem: 'malformed-signature' as const };
}

/** Whether the verified key is one the reader accepts. */
export function keyProblem(verified: string | null, rule: KeyRule): PackProblem | null {
  if (rule.key === null) return rule.exact && verified !== null ? 'key-differs' : null;
  if (verified === null) return 'unsigned';
  return verified === rule.key ? null : 'key-differs';
}

/** Verifies and checks a fetched pack's text. */
export async function readFetchedPack(
  url: string,
  text: string,
  rule: KeyRule | null,
  options: FetchOptions = {},
): Promise<ReadOutcome> {
  const detached = await detachedSignature(url, options);
  if (!detached.ok) return detached;
  const verdict = await verifyPack(text, detached.signature);
  if (!verdict.ok) return { ok: false, problem: verdict.reason };
  const wrongKey = rule ? keyProblem(verdict.publicKey, rule) : null;
  if (wrongKey) return { ok: false, problem: wrongKey };
  const file = readPackFile(text, MAX_PACK_BYTES);
  if (!file.ok) return { ok: false, problem: 'not-a-pack', detail: file.errors[0] };
  try {
    return { ok: true, accepted: checkImportable(file.json), publicKey: verdict.publicKey };
  } catch (error) {
    if (error instanceof PackError) return { ok: false, problem: 'not-a-pack', detail: error.errors[0] };
    throw error;
  }
}

export { AcceptedPack };
