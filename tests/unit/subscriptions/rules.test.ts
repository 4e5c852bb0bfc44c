// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPackAddress, signatureAddress } from '@/lib/background/subscriptions/address';
import {
  BACKOFF_CAP_MS,
  backoffMs,
  isDue,
  maxAgeSeconds,
  nextCheckAfterFailure,
  nextCheckAfterSuccess,
} from '@/lib/background/subscriptions/cache-policy';
import { declaredTooLarge, readLimited, TooLargeError } from '@/lib/background/subscriptions/read-limited';
import { keyProblem } from '@/lib/background/subscriptions/read-pack';

describe('pack addresses', () => {
  it.each([
    ['https://packs.example/desk.onrecord.json', 'https://packs.example/desk.onrecord.json'],
    ['  https://packs.example/a.json#part  ', 'https://packs.example/a.json'],
    ['http://127.0.0.1:8080/a.json', 'http://127.0.0.1:8080/a.json'],
    ['http://localhost/a.json', 'http://localhost/a.json'],
    ['http://[::1]:9000/a.json', 'http://[::1]:9000/a.json'],
  ])('accepts %s', (input, url) => {
    expect(checkPackAddress(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['http://packs.example/a.json', 'not-https'],
    ['http://127.0.0.2.example/a.json', 'not-https'],
    ['http://localhost.example/a.json', 'not-https'],
    ['ftp://packs.example/a.json', 'not-https'],
    ['file:///home/me/a.json', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['packs.example/a.json', 'not-a-url'],
    ['', 'not-a-url'],
    [`https://packs.example/${'a'.repeat(2_000)}`, 'not-a-url'],
    ['https://me:secret@packs.example/a.json', 'credentials'],
  ])('refuses %s', (input, problem) => {
    expect(checkPackAddress(input)).toEqual({ ok: false, problem });
  });

  it('finds the detached signature beside the pack, query kept', () => {
    expect(signatureAddress('https://p.example/d/a.onrecord.json?v=2')).toBe(
      'https://p.example/d/a.onrecord.json.sig?v=2',
    );
  });
});

describe('cache policy', () => {
  const now = new Date('2026-03-01T00:00:00.000Z');
  const hours = (iso: string) => (Date.parse(iso) - now.getTime()) / 3_600_000;

  it.each([
    ['max-age=3600', 3600],
    ['public, max-age=86400, must-revalidate', 86400],
    ['MAX-AGE="60"', 60],
    ['no-cache', 0],
    ['max-age=600, no-store', 0],
    ['public', null],
    [null, null],
    ['max-age=99999999999', 365 * 86400],
  ])('reads %s as %s seconds', (header, seconds) => {
    expect(maxAgeSeconds(header)).toBe(seconds);
  });

  it.each([
    [24, null, 24],
    [24, 3600, 24],
    [24, 3 * 86400, 72],
    [1, 0, 1],
  ])('after a good answer, interval %i h with max-age %s s waits %i h', (interval, maxAge, waited) => {
    expect(hours(nextCheckAfterSuccess(now, interval, maxAge))).toBe(waited);
  });

  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [6, 32],
    [8, 128],
    [9, 168],
    [40, 168],
  ])('after %i errors in a row waits %i h', (failures, waited) => {
    expect(hours(nextCheckAfterFailure(now, failures))).toBe(waited);
    expect(backoffMs(failures)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
  });

  it.each([
    ['2026-02-28T23:59:59.000Z', true],
    ['2026-03-01T00:00:00.000Z', true],
    ['2026-03-01T00:00:01.000Z', false],
    ['not a date', true],
  ])('a check due at %s is due now: %s', (nextCheckAt, due) => {
    expect(isDue({ nextCheckAt }, now)).toBe(due);
  });
});

describe('the size limit', () => {
  const streamOf = (chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(0x61));
        controller.close();
      },
    });

  it.each([
    ['100', 99, true],
    ['100', 100, false],
    [null, 1, false],
    ['lots', 1, false],
  ])('Content-Length %s against a limit of %i: too large %s', (length, limit, tooLarge) => {
    expect(declaredTooLarge(length, limit)).toBe(tooLarge);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const response = new Response(streamOf([10]), { headers: { 'content-length': '1000' } });
    await expect(readLimited(response, 999)).rejects.toBeInstanceOf(TooLargeError);
  });

  it.each([
    [[40, 40, 40], 100, false],
    [[40, 40, 20], 100, true],
    [[101], 100, false],
  ])('counts streamed bytes %j against %i (fits: %s)', async (chunks, limit, fits) => {
    const read = readLimited(new Response(streamOf(chunks)), limit);
    if (fits) expect((await read).bytes).toBe(chunks.reduce((a, b) => a + b, 0));
    else await expect(read).rejects.toBeInstanceOf(TooLargeError);
  });
});

describe('the pinned key', () => {
  it.each([
    [{ key: null, exact: false }, null, null],
    [{ key: null, exact: false }, 'K1', null],
    [{ key: null, exact: true }, 'K1', 'key-differs'],
    [{ key: 'K1', exact: false }, 'K1', null],
    [{ key: 'K1', exact: false }, 'K2', 'key-differs'],
    [{ key: 'K1', exact: false }, null, 'unsigned'],
    [{ key: 'K1', exact: true }, null, 'unsigned'],
  ])('rule %j with a pack signed by %s: %s', (rule, verified, problem) => {
    expect(keyProblem(verified, rule)).toBe(problem);
  });
});
