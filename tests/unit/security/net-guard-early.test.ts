// @vitest-environment node
/**
 * The e2e network audit's rule for subscription tests: the test's pack server may be addressed only after the
 * test subscribed, and the suite's final check fails on any request made to it before.
 */
import { describe, expect, it } from 'vitest';
import { checkNetworkLog, earlyRequests, type LaunchRecord, type SessionRecord } from '@/scripts/support/net-guard';

const PACKS = 'http://127.0.0.1:4100';
const get = (target: string) => ({ method: 'GET', target, host: new URL(target).hostname });

describe('requests to a watched pack server', () => {
  const log = [
    get('http://127.0.0.1:4000/seed.html'),
    get(`${PACKS}/a.onrecord.json`),
    get('http://127.0.0.1:4000/other.html'),
    get(`${PACKS}/a.onrecord.json`),
  ];

  it.each([
    ['never subscribed: every request to it is early', null, 0, [1, 3]],
    ['subscribed before any request: none is early', 0, 0, []],
    ['subscribed between the two: only the first is early', 2, 0, [1]],
    ['log read from an offset: indexes count from the proxy start', 4, 2, [3]],
  ] as const)('%s', (_what, allowedFrom, from, earlyIndexes) => {
    const seen = log.slice(from);
    const early = earlyRequests([{ origin: PACKS, allowedFrom }], seen, from);
    expect(early).toEqual(earlyIndexes.map((i) => log[i]?.target));
  });

  it('leaves other loopback origins to the usual rule', () => {
    expect(earlyRequests([{ origin: 'http://127.0.0.1:4200', allowedFrom: null }], log)).toEqual([]);
  });

  it('makes the final network check fail', () => {
    const session: SessionRecord = {
      kind: 'session',
      launchId: 'a',
      file: 'x.test.ts',
      browser: 'chromium',
      proxyPort: 1,
      requests: 2,
      nonLocal: [],
      leakProbe: false,
      early: [`${PACKS}/a.onrecord.json`],
    };
    const launch: LaunchRecord = {
      kind: 'launch',
      id: 'a',
      file: 'x.test.ts',
      browser: 'chromium',
      proxyPort: 1,
      registered: true,
    };
    const problems = checkNetworkLog([launch, session]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/pack server before subscribing/);
    expect(checkNetworkLog([launch, { ...session, early: undefined }])).toEqual([]);
  });
});
