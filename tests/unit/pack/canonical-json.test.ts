import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '@/lib/pack/base64';
import { canonicalJson } from '@/lib/pack/canonical-json';
import { canonicalPackBytes, parseSignatureFile, signedBytes, verifyPack } from '@/lib/pack/signature';
import { parseImports } from '../architecture/import-graph';
import { fixture, fixtureJson, nodeSign } from './signature-support';

const EMBEDDED = fixture('embedded.onrecord.json');
const PUB = fixtureJson<{ publicKey: string }>('publisher.pub.json');

/** The value with every object's keys in reverse order, recursively. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('the canonical form', () => {
  it.each([
    [{ b: 1, a: [3, { d: true, c: null }] }, '{"a":[3,{"c":null,"d":true}],"b":1}'],
    [{ é: 1, z: 2, Z: 3, '10': 4, '9': 5 }, '{"10":4,"9":5,"Z":3,"z":2,"é":1}'],
    [{ text: 'line\nbreak "quoted" \u2028' }, JSON.stringify({ text: 'line\nbreak "quoted" \u2028' })],
    [[1e21, 0.1, -0, 1.5e-7], '[1e+21,0.1,0,1.5e-7]'],
  ])('writes %j as %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('keeps a "__proto__" key as data, not as a prototype', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"b":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['nesting past 64 levels', JSON.parse('['.repeat(100) + ']'.repeat(100))],
    ['a non-finite number', [Number.NaN]],
  ])('refuses %s', (_, value) => {
    expect(() => canonicalJson(value)).toThrow();
  });

  const pack = JSON.parse(EMBEDDED);
  it.each([
    ['minified', JSON.stringify(pack)],
    ['indented with tabs', JSON.stringify(pack, null, '\t')],
    ['keys in reverse order', JSON.stringify(reversed(pack), null, 2)],
    ['CRLF line ends and trailing spaces', `${JSON.stringify(pack, null, 4).replaceAll('\n', '  \r\n')}\r\n`],
    ['escaped characters', JSON.stringify(pack).replace('Zoë', '\\u005aoë').replace('ë', '\\u00eb')],
    ['the signature moved to the end of meta', JSON.stringify({ ...pack, meta: { ...pack.meta } })],
  ])('an embedded signature still holds when the pack is %s', async (_, text) => {
    expect(await verifyPack(text, null)).toEqual({ ok: true, publicKey: PUB.publicKey });
  });

  it.each([
    [
      'two statements swapped',
      { ...pack, statements: [pack.statements[1], pack.statements[0], ...pack.statements.slice(2)] },
    ],
    ['a field added', { ...pack, extra: 1 }],
    ['a number written as text', { ...pack, version: '1' }],
  ])('an embedded signature fails with %s', async (_, changed) => {
    expect(await verifyPack(JSON.stringify(changed), null)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('a detached signature covers the exact bytes: re-indenting breaks it', async () => {
    const signed = fixture('signed.onrecord.json');
    const sig = parseSignatureFile(fixture('signed.onrecord.json.sig'));
    expect(await verifyPack(JSON.stringify(JSON.parse(signed)), sig)).toEqual({ ok: false, reason: 'bad-signature' });
  });
});

describe('the canonical form, for any JSON', () => {
  it('does not depend on key order or whitespace, and reads back as itself', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(reversed(value), null, 3)))).toBe(canonical);
        expect(canonicalJson(JSON.parse(canonical))).toBe(canonical);
        expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('huge inputs', () => {
  it('verifies and refuses a 20 MB detached pack', async () => {
    const text = `{"pad":"${'x'.repeat(20 * 1024 * 1024)}"}`;
    const sig = nodeSign('publisher.key.json', signedBytes(text));
    expect(await verifyPack(text, sig)).toEqual({ ok: true, publicKey: PUB.publicKey });
    expect(await verifyPack(`${text.slice(0, -3)}y"}`, sig)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('verifies an embedded pack of 50,000 statements', async () => {
    const pack = JSON.parse(EMBEDDED);
    delete pack.meta.signature;
    pack.statements = Array.from({ length: 50_000 }, (_, i) => ({ ...pack.statements[i % 6], id: `s${i}` }));
    const signature = nodeSign('publisher.key.json', canonicalPackBytes(JSON.stringify(pack)));
    const text = JSON.stringify({ ...pack, meta: { ...pack.meta, signature } });
    expect(await verifyPack(text, null)).toEqual({ ok: true, publicKey: PUB.publicKey });
  });

  it('calls a deeply nested pack with a signature malformed, without overflowing the stack', async () => {
    const deep = `{"meta":{"signature":${JSON.stringify(JSON.parse(EMBEDDED).meta.signature)}},"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await verifyPack(deep, null)).toEqual({ ok: false, reason: 'malformed-signature' });
  });
});

describe('base64', () => {
  it.each([0, 1, 2, 3, 32, 64, 100_000])('round-trips %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 7 + 3) % 256);
    const text = encodeBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(decodeBase64(text, length)).toEqual(bytes);
  });

  it.each(['A', 'AAA', 'AA=A', 'A===', 'AA AA', 'AA-_', 'AAA=AAAA'])('refuses %j', (text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('purity', () => {
  const ROOT = join(__dirname, '../../..');
  it.each(['lib/pack/signature.ts', 'lib/pack/sign-pack.ts', 'lib/pack/base64.ts', 'lib/pack/canonical-json.ts'])(
    '%s imports only its signing siblings, so every background and Node can run it',
    (file) => {
      const specs = parseImports(readFileSync(join(ROOT, file), 'utf8')).map((i) => i.spec);
      expect(specs.filter((s) => !['./base64', './canonical-json', './signature'].includes(s))).toEqual([]);
    },
  );
});
