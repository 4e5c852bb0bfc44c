import { describe, expect, it } from 'vitest';
import { canonicalPackBytes, keyFingerprint, parseSignatureFile, signedBytes, verifyPack } from '@/lib/pack/signature';
import { fixture, fixtureJson, flipByte, flipChar, nodeFingerprint, nodeSign } from './signature-support';

const PUB = fixtureJson<{ publicKey: string; fingerprint: string }>('publisher.pub.json');
const OTHER = fixtureJson<{ publicKey: string }>('other.pub.json');
const SIGNED = fixture('signed.onrecord.json');
const SIG = parseSignatureFile(fixture('signed.onrecord.json.sig'));
const EMBEDDED = fixture('embedded.onrecord.json');

const hex = (h: string) => Buffer.from(h, 'hex').toString('base64');

describe('known answers', () => {
  // RFC 8032, section 7.1, tests 1 and 2: a second implementation's signatures over '' and 0x72 ('r').
  it.each([
    [
      '',
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    ],
    [
      'r',
      '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    ],
  ])('verifies the RFC 8032 vector over %j', async (text, key, value) => {
    const signature = { alg: 'Ed25519' as const, publicKey: hex(key), value: hex(value) };
    expect(await verifyPack(text, signature)).toEqual({ ok: true, publicKey: hex(key) });
    expect(await verifyPack(`${text}.`, signature)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('verifies the fixture signed by the CLI, detached and embedded, as the publisher key', async () => {
    expect(SIG).not.toBeNull();
    expect(await verifyPack(SIGNED, SIG)).toEqual({ ok: true, publicKey: PUB.publicKey });
    expect(await verifyPack(EMBEDDED, null)).toEqual({ ok: true, publicKey: PUB.publicKey });
  });

  it('agrees with node:crypto signatures over the same bytes', async () => {
    const detached = nodeSign('publisher.key.json', signedBytes(SIGNED));
    expect(detached).toEqual(SIG);
    const embedded = nodeSign('publisher.key.json', canonicalPackBytes(EMBEDDED));
    expect(JSON.parse(EMBEDDED).meta.signature).toEqual(embedded);
  });

  it('prints the fingerprint as node:crypto computes it, in four groups of four upper hex digits', async () => {
    for (const key of [
      PUB.publicKey,
      OTHER.publicKey,
      hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
    ]) {
      const fingerprint = await keyFingerprint(key);
      expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
      expect(fingerprint).toBe(nodeFingerprint(key));
    }
    expect(await keyFingerprint(PUB.publicKey)).toBe(PUB.fingerprint);
    expect(await keyFingerprint(OTHER.publicKey)).not.toBe(PUB.fingerprint);
  });

  it.each(['', 'AAAA', hex('00'.repeat(33)), 'not base64!'])('refuses to fingerprint %j', async (key) => {
    await expect(keyFingerprint(key)).rejects.toThrow();
  });
});

describe('unsigned packs', () => {
  const unsigned = JSON.stringify({ ...JSON.parse(SIGNED), meta: { ...JSON.parse(SIGNED).meta } });
  it.each([
    ['a pack without meta.signature', unsigned],
    ['text that is not JSON (left to the pack checks)', '{"format": "onrecord-pack",'],
    ['a JSON array', '[1, 2]'],
    ['a pack whose meta is not an object', '{"meta": "x"}'],
  ])('%s is unsigned', async (_, text) => {
    expect(await verifyPack(text, null)).toEqual({ ok: true, publicKey: null });
  });

  it('takes the detached signature over an embedded one', async () => {
    const detached = nodeSign('other.key.json', signedBytes(EMBEDDED));
    expect(await verifyPack(EMBEDDED, detached)).toEqual({ ok: true, publicKey: OTHER.publicKey });
    expect(await verifyPack(EMBEDDED, SIG)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('reads the text without its byte order mark, as a browser decodes it', async () => {
    expect(await verifyPack(`\uFEFF${SIGNED}`, SIG)).toEqual({ ok: true, publicKey: PUB.publicKey });
    expect(await verifyPack(`\uFEFF${EMBEDDED}`, null)).toEqual({ ok: true, publicKey: PUB.publicKey });
  });
});

describe('tampering', () => {
  const sig = SIG ?? { alg: 'Ed25519' as const, publicKey: '', value: '' };
  it.each([0, 1, Math.floor(SIGNED.length / 2), SIGNED.length - 2])(
    'refuses the detached pack with the character at %i changed',
    async (at) => {
      expect(await verifyPack(flipChar(SIGNED, at), sig)).toEqual({ ok: false, reason: 'bad-signature' });
    },
  );

  it.each([0, 31, 32, 63])('refuses the signature with byte %i changed', async (at) => {
    expect(await verifyPack(SIGNED, { ...sig, value: flipByte(sig.value, at) })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('answers with the key in canonical base64 when the signature spells it otherwise', async () => {
    // The last character before "=" carries two unused bits: flipping one spells the same 32 bytes differently.
    const last = sig.publicKey.at(-2) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const other = alphabet[alphabet.indexOf(last) ^ 1];
    const spelled = `${sig.publicKey.slice(0, -2)}${other}=`;
    expect(spelled).not.toBe(sig.publicKey);
    expect(Buffer.from(spelled, 'base64')).toEqual(Buffer.from(sig.publicKey, 'base64'));
    expect(await verifyPack(SIGNED, { ...sig, publicKey: spelled })).toEqual({ ok: true, publicKey: PUB.publicKey });
  });

  it('refuses the signature with another key swapped in', async () => {
    expect(await verifyPack(SIGNED, { ...sig, publicKey: OTHER.publicKey })).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it.each([
    ['a 63-byte signature', { value: Buffer.alloc(63, 1).toString('base64') }],
    ['a 65-byte signature', { value: Buffer.alloc(65, 1).toString('base64') }],
    ['an empty signature', { value: '' }],
    ['a 31-byte key', { publicKey: Buffer.alloc(31, 1).toString('base64') }],
    ['a 33-byte key', { publicKey: Buffer.alloc(33, 1).toString('base64') }],
    ['base64 junk', { value: '!!!!not*base64~~~' }],
    ['base64url instead of base64', { value: Buffer.from(sig.value, 'base64').toString('base64url') }],
    ['a signature without its padding', { value: sig.value.replace(/=+$/, '') }],
    ['a signature wrapped across lines', { value: `${sig.value.slice(0, 40)}\n${sig.value.slice(40)}` }],
    ['a key as a number', { publicKey: 42 }],
    ['another algorithm', { alg: 'RSA' }],
  ])('calls %s malformed', async (_, change) => {
    const verdict = await verifyPack(SIGNED, { ...sig, ...change } as never);
    expect(verdict).toEqual({ ok: false, reason: 'malformed-signature' });
  });

  const pack = JSON.parse(EMBEDDED);
  it.each([
    ['a string', 'signed'],
    ['a number', 7],
    ['null', null],
    ['a list', [pack.meta.signature]],
    ['an empty object', {}],
    ['a signature of 63 bytes', { ...pack.meta.signature, value: Buffer.alloc(63).toString('base64') }],
  ])('calls a meta.signature that is %s malformed', async (_, signature) => {
    const text = JSON.stringify({ ...pack, meta: { ...pack.meta, signature } });
    expect(await verifyPack(text, null)).toEqual({ ok: false, reason: 'malformed-signature' });
  });

  it('refuses the embedded pack with one statement changed', async () => {
    const changed = structuredClone(pack);
    changed.statements[2].text = changed.statements[2].text.replace('no tolls', 'nø tolls');
    expect(await verifyPack(JSON.stringify(changed), null)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});

describe('signature files', () => {
  it.each([
    ['the fixture', fixture('signed.onrecord.json.sig'), true],
    ['a file with a byte order mark', `\uFEFF${fixture('signed.onrecord.json.sig')}`, true],
    ['one line', JSON.stringify(SIG), true],
    ['an HTML error page', '<html><body>Not found</body></html>', false],
    ['an empty file', '', false],
    ['a JSON list', `[${JSON.stringify(SIG)}]`, false],
    ['another algorithm', JSON.stringify({ ...SIG, alg: 'ed25519' }), false],
    ['a file far larger than a signature', JSON.stringify({ ...SIG, pad: 'x'.repeat(5000) }), false],
  ])('%s: read is %s', (_, text, read) => {
    const parsed = parseSignatureFile(text);
    expect(parsed !== null).toBe(read);
    if (read) expect(parsed).toEqual({ alg: 'Ed25519', publicKey: SIG?.publicKey, value: SIG?.value });
  });

  it('keeps only the three signature fields', () => {
    const parsed = parseSignatureFile(JSON.stringify({ ...SIG, comment: 'hello' }));
    expect(Object.keys(parsed ?? {}).sort()).toEqual(['alg', 'publicKey', 'value']);
  });
});
