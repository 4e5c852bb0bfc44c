/**
 * The signing benchmark's body, free of Node so it runs the same in Node, Chromium's service worker and a
 * Firefox extension page: a synthetic pack signed both ways, then verified both ways, each step timed.
 */
import { generateKeyPair, signDetached, signEmbedded } from '../../lib/pack/sign-pack';
import { canonicalPackBytes, parseSignatureFile, verifyPack } from '../../lib/pack/signature';
import { syntheticPack } from './synthetic-library';

/** One run's figures, in milliseconds and bytes. */
export interface SignBenchResult {
  statements: number;
  bytes: number;
  canonicalMs: number;
  signDetachedMs: number;
  verifyDetachedMs: number;
  signEmbeddedMs: number;
  verifyEmbeddedMs: number;
}

/** Times signing and verifying a pack of `statements` statements; throws if a verdict is not a pass. */
export async function runSignBench(statements: number): Promise<SignBenchResult> {
  const text = JSON.stringify(syntheticPack(statements, Math.max(1, Math.round(statements / 50))), null, 2);
  const { privateKey } = await generateKeyPair();
  const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
    const start = performance.now();
    const value = await work();
    return [value, performance.now() - start];
  };
  const [, canonicalMs] = await time(() => canonicalPackBytes(text));
  const [signature, signDetachedMs] = await time(() => signDetached(text, privateKey));
  const [detached, verifyDetachedMs] = await time(() =>
    verifyPack(text, parseSignatureFile(JSON.stringify(signature))),
  );
  const [embeddedText, signEmbeddedMs] = await time(() => signEmbedded(text, privateKey));
  const [embedded, verifyEmbeddedMs] = await time(() => verifyPack(embeddedText, null));
  if (!detached.ok || !embedded.ok || detached.publicKey === null) throw new Error('a signature did not verify');
  return {
    statements,
    bytes: new TextEncoder().encode(text).length,
    canonicalMs,
    signDetachedMs,
    verifyDetachedMs,
    signEmbeddedMs,
    verifyEmbeddedMs,
  };
}
