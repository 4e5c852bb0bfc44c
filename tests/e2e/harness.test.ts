/**
 * The harness itself: the fixture server stays inside its folder, and the logging proxy really forwards local
 * requests and refuses and records the rest, so "no request beyond localhost" is a check that can fail.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR, resolveRequestPath, type StaticServer, startStaticServer } from '../../scripts/serve';
import { isLoopbackHost, type LoggingProxy, nonLocalRequests, startLoggingProxy } from './support/proxy';

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
