/**
 * The "no request beyond localhost" check can fail: a probe extension whose background calls a remote host is
 * loaded in each browser behind the logging proxy, and the proxy must record that call.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { pollUntil } from './support/driver';
import { launchFirefox } from './support/firefox';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from './support/proxy';

const PROBE_DIR = fileURLToPath(new URL('./fixtures/leaky-extension', import.meta.url));

const browsers = [
  { name: 'chromium', launch: (proxyPort: number) => launchChromium({ extensionDir: PROBE_DIR, proxyPort }) },
  { name: 'firefox', launch: (proxyPort: number) => launchFirefox({ extensionDir: PROBE_DIR, proxyPort }) },
];

describe.each(browsers)('the proxy in $name', ({ launch }) => {
  let proxy: LoggingProxy;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    proxy = await startLoggingProxy();
    close = (await launch(proxy.port)).close;
  });

  afterAll(async () => {
    await close?.();
    await proxy?.close();
  });

  it("records a request from an extension's background to a remote host", async () => {
    // Firefox may upgrade the call to HTTPS, which the proxy sees as CONNECT example.com:443.
    const seen = await pollUntil(
      async () => nonLocalRequests(proxy.requests).map((r) => r.host),
      (hosts) => hosts.includes('example.com'),
      15_000,
      100,
    );
    expect(seen.value).toContain('example.com');
  });
});
