/**
 * The harness itself: the fixture server stays inside its folder; the logging proxy really forwards local
 * requests and refuses and records the rest; a page that fetches a remote host makes its browser's close fail,
 * naming the URL; the launch audit sees a launch written directly in a test; and the suite's final network
 * check fails on a leak, on a launch without a proxy and on a launch never checked. "No request beyond
 * localhost" is a check that can fail, at every level.
 */
import { request } from 'node:http';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, launchChromium } from '@/scripts/support/chromium';
import { createChromiumDriver } from '@/scripts/support/chromium-driver';
import type { StoryDriver } from '@/scripts/support/driver';
import {
  checkNetworkLog,
  guardNetwork,
  type LaunchRecord,
  NetworkLeakError,
  type SessionRecord,
} from '@/scripts/support/net-guard';
import { CHROME_BUILD_DIR, CHROMIUM_PATH } from '@/scripts/support/paths';
import { isLoopbackHost, type LoggingProxy, nonLocalRequests, startLoggingProxy } from '@/scripts/support/proxy';
import { FIXTURE_PAGES_DIR, resolveRequestPath, type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { launchFirefox, proxyPrefs } from './support/firefox';
import { createFirefoxDriver } from './support/firefox-driver';
import { readNetworkLog } from './support/global-setup';
import { chromiumProxyPort, firefoxProxyPort } from './support/net-audit';

/** Sends one GET through the proxy (an absolute URL, as browsers send to an HTTP proxy) and returns the status. */
function getViaProxy(proxyPort: number, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: proxyPort, path: url, headers: { host: new URL(url).host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['app.localhost', true],
    ['localhost.example.com', false],
    ['128.0.0.1', false],
    ['example.com', false],
    ['firefox.settings.services.mozilla.com', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('resolveRequestPath', () => {
  it.each([
    ['/seed.html', `${FIXTURE_PAGES_DIR}seed.html`],
    ['/seed.html?x=1', `${FIXTURE_PAGES_DIR}seed.html`],
    ['/../../package.json', `${FIXTURE_PAGES_DIR}package.json`],
    ['/%2e%2e/%2e%2e/package.json', `${FIXTURE_PAGES_DIR}package.json`],
  ])('%s stays inside the fixture folder', (urlPath, expected) => {
    expect(resolveRequestPath(FIXTURE_PAGES_DIR, urlPath)).toBe(expected);
  });
});

describe('the logging proxy', () => {
  let server: StaticServer;
  let proxy: LoggingProxy;

  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
  });

  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it('forwards requests to localhost', async () => {
    expect(await getViaProxy(proxy.port, `${server.url}seed.html`)).toBe(200);
    expect(await getViaProxy(proxy.port, `${server.url}missing.html`)).toBe(404);
  });

  it('refuses and records a request beyond localhost', async () => {
    expect(await getViaProxy(proxy.port, 'http://example.com/track')).toBe(403);
    expect(nonLocalRequests(proxy.requests).map((r) => r.target)).toEqual(['http://example.com/track']);
  });
});

describe('a page that fetches a remote host', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each([
    { name: 'chromium', start: async () => createChromiumDriver(await launchChromium({ leakProbe: true })) },
    { name: 'firefox', start: async () => createFirefoxDriver(await launchFirefox({ leakProbe: true })) },
  ])('makes closing $name fail, naming the URL', async ({ start }) => {
    const driver: StoryDriver = await start();
    await driver.open(`${server.url}seed.html`);
    await driver.evaluate(
      (url) =>
        fetch(url, { mode: 'no-cors' }).then(
          () => 'answered',
          () => 'refused',
        ),
      'http://leak-probe.example/collect?what=page',
    );
    const failure = await driver.close().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NetworkLeakError);
    expect(String(failure)).toMatch(/leak-probe\.example/);
  });
});

describe('the launch audit', () => {
  it('finds the proxy in a Chromium command line and in Firefox prefs, and nowhere else', () => {
    expect(chromiumProxyPort(chromiumArgs('/ext', 4321))).toBe(4321);
    expect(chromiumProxyPort(chromiumArgs('/ext'))).toBeNull();
    expect(chromiumProxyPort(['--proxy-server=http://proxy.example:4321'])).toBeNull();
    expect(firefoxProxyPort(proxyPrefs(4321))).toBe(4321);
    expect(firefoxProxyPort({})).toBeNull();
    expect(firefoxProxyPort({ ...proxyPrefs(4321), 'network.proxy.type': 0 })).toBeNull();
    expect(
      firefoxProxyPort({
        ...proxyPrefs(4321),
        'network.proxy.share_proxy_settings': false,
        'network.proxy.ssl_port': 1,
      }),
    ).toBeNull();
  });

  it('refuses a proxy port that no logging proxy of this process listens on', async () => {
    await expect(guardNetwork({ browser: 'chromium', proxyPort: 9 })).rejects.toThrow(/no logging proxy/);
  });

  it('records a launch written directly in a test, with its proxy', async () => {
    const guard = await guardNetwork({ browser: 'chromium' });
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromiumArgs(CHROME_BUILD_DIR, guard.proxy.port),
    });
    guard.attach(context);
    await guard.close(() => context.close());
    const launches = readNetworkLog().filter((r): r is LaunchRecord => r.kind === 'launch');
    expect(launches.at(-1)).toMatchObject({
      browser: 'chromium',
      file: 'tests/e2e/harness.test.ts',
      proxyPort: guard.proxy.port,
      registered: true,
    });
  });
});

describe('the final network check', () => {
  const launch = (id: string, registered = true): LaunchRecord => ({
    kind: 'launch',
    id,
    file: 'x.test.ts',
    browser: 'chromium',
    proxyPort: registered ? 1234 : null,
    registered,
  });
  const session = (launchId: string, nonLocal: string[] = [], leakProbe = false): SessionRecord => ({
    kind: 'session',
    launchId,
    file: 'x.test.ts',
    browser: 'chromium',
    proxyPort: 1234,
    requests: 3,
    nonLocal,
    leakProbe,
  });

  it('passes a clean run', () => {
    expect(
      checkNetworkLog([launch('a'), session('a'), launch('b'), session('b', ['http://x.example/'], true)]),
    ).toEqual([]);
  });

  it.each([
    ['a request beyond localhost', [launch('a'), session('a', ['http://x.example/'])], /x\.example/],
    ['a launch without a proxy', [launch('a', false), session('a')], /did not go through a logging proxy/],
    ['a launch never checked at close', [launch('a')], /never closed through its network check/],
    ['a leak probe that leaked nothing', [launch('a'), session('a', [], true)], /leak probe.*not caught/],
  ])('fails on %s', (_what, records, problem) => {
    const problems = checkNetworkLog(records);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});
