/**
 * The "no request beyond localhost" check can fail: a probe extension whose background calls a remote host is
 * loaded in each browser through the launch helpers, the proxy must record that call, and closing the browser
 * must then fail, naming the URL. (The launch is marked as a leak probe, so the suite's final network check
 * expects its leak rather than failing the run for it.)
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { NetworkLeakError } from '@/scripts/support/net-guard';
import { nonLocalRequests } from '@/scripts/support/proxy';
import { launchFirefox } from './support/firefox';

const PROBE_DIR = fileURLToPath(new URL('./fixtures/leaky-extension', import.meta.url));

const browsers = [
  { name: 'chromium', launch: () => launchChromium({ extensionDir: PROBE_DIR, leakProbe: true }) },
  { name: 'firefox', launch: () => launchFirefox({ extensionDir: PROBE_DIR, leakProbe: true }) },
];

describe.each(browsers)('the proxy in $name', ({ launch }) => {
  it("records a request from an extension's background to a remote host, and the close fails on it", async () => {
    const session = await launch();
    let closed = false;
    try {
      // Firefox may upgrade the call to HTTPS, which the proxy sees as CONNECT example.com:443.
      const seen = await pollUntil(
        async () => nonLocalRequests(session.proxy.requests).map((r) => r.host),
        (hosts) => hosts.includes('example.com'),
        15_000,
        100,
      );
      expect(seen.value).toContain('example.com');
      closed = true;
      const failure = await session.close().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(NetworkLeakError);
      expect(String(failure)).toMatch(/example\.com/);
    } finally {
      if (!closed) await session.close().catch(() => undefined);
    }
  });
});
