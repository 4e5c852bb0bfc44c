import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '@/lib/pack/signature';
import { runPackCli } from '../../../scripts/pack';
import { fixture, fixtureJson, SIGNED_DIR } from './signature-support';

let dir: string;
const at = (name: string) => join(dir, name);
const copy = (name: string, as = name) => {
  copyFileSync(join(SIGNED_DIR, name), at(as));
  return at(as);
};
const cli = (...argv: string[]) => runPackCli(argv);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('keygen', () => {
  it('writes a private key only its owner can read, and the public key with its fingerprint', async () => {
    const run = await cli('keygen', '--out', at('desk'));
    expect(run.code).toBe(0);
    expect(statSync(at('desk.key.json')).mode & 0o777).toBe(0o600);
    const pub = JSON.parse(readFileSync(at('desk.pub.json'), 'utf8'));
    expect(pub.fingerprint).toBe(await keyFingerprint(pub.publicKey));
    expect(run.lines.join('\n')).toContain(pub.fingerprint);
    expect(readFileSync(at('desk.pub.json'), 'utf8')).not.toContain('"d"');
  });

  it('never overwrites a key', async () => {
    await cli('keygen', '--out', at('desk'));
    const before = readFileSync(at('desk.key.json'), 'utf8');
    const again = await cli('keygen', '--out', at('desk'));
    expect(again.code).toBe(1);
    expect(again.lines[0]).toContain('exists');
    expect(readFileSync(at('desk.key.json'), 'utf8')).toBe(before);
  });
});

describe('sign', () => {
  it('writes the same detached signature as the fixture (Ed25519 signatures are deterministic)', async () => {
    const pack = copy('signed.onrecord.json');
    const run = await cli('sign', pack, '--key', join(SIGNED_DIR, 'publisher.key.json'));
    expect(run.code).toBe(0);
    expect(readFileSync(`${pack}.sig`, 'utf8')).toBe(fixture('signed.onrecord.json.sig'));
  });

  it('embeds the same signature as the fixture with --embed, and signing again changes nothing', async () => {
    const pack = copy('signed.onrecord.json', 'embedded.onrecord.json');
    const key = join(SIGNED_DIR, 'publisher.key.json');
    expect((await cli('sign', pack, '--key', key, '--embed')).code).toBe(0);
    expect(readFileSync(pack, 'utf8')).toBe(fixture('embedded.onrecord.json'));
    expect((await cli('sign', pack, '--key', key, '--embed')).code).toBe(0);
    expect(readFileSync(pack, 'utf8')).toBe(fixture('embedded.onrecord.json'));
    expect(existsSync(`${pack}.sig`)).toBe(false);
  });

  it.each([
    ['a pack with a bad record', (p: Record<string, unknown>) => ({ ...p, relations: [{ id: 'r' }] })],
    ['a file that is not a pack', () => ({ hello: 'world' })],
  ])('refuses %s and writes nothing', async (_, change) => {
    const pack = at('bad.onrecord.json');
    writeFileSync(pack, JSON.stringify(change(fixtureJson('signed.onrecord.json'))));
    const run = await cli('sign', pack, '--key', join(SIGNED_DIR, 'publisher.key.json'));
    expect(run.code).toBe(1);
    expect(run.lines[0]).toContain('is not a valid pack');
    expect(existsSync(`${pack}.sig`)).toBe(false);
  });

  it('refuses a key file whose two halves do not match, and writes nothing', async () => {
    const pack = copy('signed.onrecord.json');
    const mixed = { ...fixtureJson<object>('publisher.key.json'), x: fixtureJson<{ x: string }>('other.key.json').x };
    writeFileSync(at('mixed.key.json'), JSON.stringify(mixed), { mode: 0o600 });
    const run = await cli('sign', pack, '--key', at('mixed.key.json'));
    expect(run.code).toBe(1);
    expect(run.lines[0]).toContain('mixed.key.json');
    expect(existsSync(`${pack}.sig`)).toBe(false);
  });

  it.each([
    [0o644, true],
    [0o600, false],
  ])('with a key file of mode %o, warns: %s', async (mode, warns) => {
    const pack = copy('signed.onrecord.json');
    const key = copy('publisher.key.json');
    chmodSync(key, mode);
    const run = await cli('sign', pack, '--key', key);
    expect(run.code).toBe(0);
    expect(run.lines.some((l) => l.startsWith('warning:'))).toBe(warns);
  });

  it('refuses a key file that is not a private key, naming it', async () => {
    const pack = copy('signed.onrecord.json');
    const run = await cli('sign', pack, '--key', join(SIGNED_DIR, 'publisher.pub.json'));
    expect(run.code).toBe(1);
    expect(run.lines[0]).toContain('publisher.pub.json');
  });
});

describe('verify', () => {
  const pub = join(SIGNED_DIR, 'publisher.pub.json');
  const fingerprint = fixtureJson<{ fingerprint: string }>('publisher.pub.json').fingerprint;
  it.each([
    ['the detached fixture, found beside the pack', ['signed.onrecord.json'], [], 0, 'OK'],
    ['the detached fixture, pinned by key file', ['signed.onrecord.json'], ['--key', pub], 0, 'OK'],
    [
      'the embedded fixture, pinned by fingerprint',
      ['embedded.onrecord.json'],
      ['--fingerprint', fingerprint],
      0,
      'OK',
    ],
    [
      'a fingerprint typed in lower case without spaces',
      ['embedded.onrecord.json'],
      ['--fingerprint', fingerprint.replaceAll(' ', '').toLowerCase()],
      0,
      'OK',
    ],
    ['a tampered pack', ['tampered.onrecord.json'], ['--key', pub], 1, 'does not match'],
    ['a tampered embedded pack', ['tampered-embedded.onrecord.json'], [], 1, 'does not match'],
    ['a pack signed by another key', ['other-key.onrecord.json'], ['--key', pub], 1, 'not by the expected key'],
    [
      'a pack signed by another fingerprint',
      ['signed.onrecord.json'],
      ['--fingerprint', '0000 0000 0000 0000'],
      1,
      'not by the expected key',
    ],
  ])('%s: exit %#', async (_, [name = ''], extra, code, says) => {
    copy(name);
    if (existsSync(join(SIGNED_DIR, `${name}.sig`))) copy(`${name}.sig`);
    const run = await cli('verify', at(name), ...extra);
    expect(run.code).toBe(code);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toContain(says);
  });

  it('fails an unsigned pack, and a signature file that is not one', async () => {
    const pack = copy('signed.onrecord.json');
    expect((await cli('verify', pack)).lines[0]).toContain('is not signed');
    writeFileSync(at('junk.sig'), 'Not found');
    const junk = await cli('verify', pack, '--sig', at('junk.sig'));
    expect(junk.code).toBe(1);
    expect(junk.lines[0]).toContain('is not a signature file');
  });

  it('uses the signature file given with --sig', async () => {
    const pack = copy('signed.onrecord.json');
    copyFileSync(join(SIGNED_DIR, 'signed.onrecord.json.sig'), at('elsewhere.sig'));
    expect((await cli('verify', pack, '--sig', at('elsewhere.sig'))).code).toBe(0);
  });
});

describe('usage', () => {
  it.each([
    [['nonsense']],
    [['sign']],
    [['keygen']],
    [['verify', 'x', '--key']],
    [['verify', join(SIGNED_DIR, 'signed.onrecord.json'), '--key', 'a.pub.json', '--fingerprint', '0000']],
    [['build', 'x.csv']],
  ])('%j fails with a usage line', async (argv) => {
    const run = await cli(...argv);
    expect(run.code).toBe(1);
    expect(run.lines[0]).toMatch(/^error: /);
  });
});

describe('as a command', () => {
  const tsx = join(__dirname, '../../../node_modules/.bin/tsx');
  const script = join(__dirname, '../../../scripts/pack.ts');
  it.each([
    ['signed.onrecord.json', 0, 'stdout', 'OK: '],
    ['tampered.onrecord.json', 1, 'stderr', 'FAILED: '],
  ] as const)(
    'verify %s exits %i, its line on %s, paths read from the folder npm ran in',
    (name, code, stream, starts) => {
      const run = spawnSync(tsx, [script, 'verify', name], {
        cwd: join(__dirname, '../../..'),
        env: { ...process.env, INIT_CWD: SIGNED_DIR },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(code);
      expect(run[stream].startsWith(starts)).toBe(true);
    },
  );
});
