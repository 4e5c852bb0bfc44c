/**
 * Pack signatures verify inside the extension in both browsers, not only in Node: lib/pack/signature.ts, bundled
 * as the extension bundles it, runs in Chromium's service worker and in a Firefox extension page (the same
 * origin and WebCrypto as its background page), and gives the verdicts Node gives for the signed fixtures
 * (tests/fixtures/packs/signed/): good detached and embedded signatures, tampered packs, another key, a
 * malformed signature, and the fingerprint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint, parseSignatureFile, verifyPack } from '@/lib/pack/signature';
import { launchChromium } from '@/scripts/support/chromium';
import { ROOT_DIR } from '@/scripts/support/paths';
import { launchFirefox, openExtensionPage } from './support/firefox';

const DIR = join(ROOT_DIR, 'tests/fixtures/packs/signed');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

/** Each case: the pack's text and its detached signature file's text, if any. */
const CASES: [string, string, string | null][] = [
  ['detached', read('signed.onrecord.json'), read('signed.onrecord.json.sig')],
  ['embedded', read('embedded.onrecord.json'), null],
  ['tampered', read('tampered.onrecord.json'), read('tampered.onrecord.json.sig')],
  ['tampered embedded', read('tampered-embedded.onrecord.json'), null],
  ['other key', read('other-key.onrecord.json'), read('other-key.onrecord.json.sig')],
  [
    'malformed',
    read('signed.onrecord.json'),
    JSON.stringify({ ...JSON.parse(read('signed.onrecord.json.sig')), value: 'AAAA' }),
  ],
  ['unsigned', JSON.stringify({ ...JSON.parse(read('signed.onrecord.json')) }), null],
];
const PUBLIC_KEY = JSON.parse(read('publisher.pub.json')).publicKey as string;

type Results = { verdicts: Record<string, unknown>; fingerprint: string };

/** What Node concludes, which each browser must match. */
async function inNode(): Promise<Results> {
  const verdicts: Record<string, unknown> = {};
  for (const [name, text, sig] of CASES)
    verdicts[name] = await verifyPack(text, sig === null ? null : parseSignatureFile(sig));
  return { verdicts, fingerprint: await keyFingerprint(PUBLIC_KEY) };
}

/** lib/pack/signature.ts bundled for a browser, and an expression that runs every case with it. */
async function browserExpression(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(ROOT_DIR, 'lib/pack/signature.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'packSignature',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  return `(async () => {
    ${code}
    const cases = ${JSON.stringify(CASES)};
    const verdicts = {};
    for (const [name, text, sig] of cases)
      verdicts[name] = await packSignature.verifyPack(text, sig === null ? null : packSignature.parseSignatureFile(sig));
    return { verdicts, fingerprint: await packSignature.keyFingerprint(${JSON.stringify(PUBLIC_KEY)}) };
  })()`;
}

let expected: Results;
let expression: string;
beforeAll(async () => {
  expected = await inNode();
  expression = await browserExpression();
});

describe('the verdicts Node gives', () => {
  it('are the ones the fixtures were made for', () => {
    const v = expected.verdicts;
    expect(v.detached).toEqual({ ok: true, publicKey: PUBLIC_KEY });
    expect(v.embedded).toEqual({ ok: true, publicKey: PUBLIC_KEY });
    expect(v.tampered).toEqual({ ok: false, reason: 'bad-signature' });
    expect(v['tampered embedded']).toEqual({ ok: false, reason: 'bad-signature' });
    expect(v['other key']).toMatchObject({ ok: true });
    expect(v['other key']).not.toEqual(v.detached);
    expect(v.malformed).toEqual({ ok: false, reason: 'malformed-signature' });
    expect(v.unsigned).toEqual({ ok: true, publicKey: null });
  });
});

describe('in Chromium', () => {
  let session: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the service worker gives the same verdicts and fingerprint', async () => {
    const results = await session?.worker.evaluate(expression);
    expect(results).toEqual(expected);
  });
});

describe('in Firefox', () => {
  let session: Awaited<ReturnType<typeof launchFirefox>> | undefined;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an extension page gives the same verdicts and fingerprint', async () => {
    if (!session) throw new Error('Firefox did not start');
    await openExtensionPage(session.page, `${session.extensionOrigin}manager.html`);
    const results = await session.page.evaluate(expression);
    expect(results).toEqual(expected);
  });
});
