/**
 * The extension's reach, pinned (each permission is justified in the README): the fewest permissions, host
 * permissions only where subscribed packs may live (inside the content script's match patterns), no relaxed
 * content security policy, one web-accessible page, no code that can run strings as code, and one file only
 * that can talk to the network: the background's fetch of subscribed packs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';

const ROOT = join(__dirname, '../../..');

type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifestFor = async (browser: 'chrome' | 'firefox'): Promise<Manifest> => {
  const m = config.manifest;
  if (typeof m !== 'function') throw new Error('manifest is expected to be a function of the browser');
  return (await m({
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  })) as Manifest;
};

/** Source files that ship in the extension (tests and scripts do not). */
function shippedSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) out.push(path);
    }
  };
  for (const dir of ['entrypoints', 'lib', 'components']) walk(join(ROOT, dir));
  return out;
}

/** The one shipped file that may reach the network: the background's fetch of packs the reader subscribed to. */
const PACK_FETCHER = join('lib', 'background', 'subscriptions', 'fetch-pack.ts');

// Each pattern is a way to reach the network or to turn a string into code.
const FORBIDDEN: [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['remote script', /<script[^>]+src=["']?https?:/i],
  ['remote import', /\bimport\s*\(\s*['"`]https?:/],
  ['innerHTML', /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML/],
];

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks only for activeTab, alarms, contextMenus, storage and unlimitedStorage, and the pack hosts', async () => {
    const manifest = await manifestFor(browser);
    const named = (manifest.permissions ?? []).filter((p) => !p.includes('://'));
    expect(named.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage', 'unlimitedStorage']);
    // Chrome's MV3 has host_permissions; Firefox's MV2 lists hosts among the permissions.
    const hosts =
      browser === 'chrome' ? manifest.host_permissions : manifest.permissions?.filter((p) => p.includes('://'));
    expect(hosts).toEqual(['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*', 'http://[::1]/*']);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('reaches no host the content script does not already match, so the install prompt asks nothing new', async () => {
    const manifest = (await manifestFor(browser)) as Manifest & { content_scripts?: { matches: string[] }[] };
    const hosts = [...((manifest.host_permissions as string[] | undefined) ?? []), ...(manifest.permissions ?? [])];
    const matches = manifest.content_scripts?.flatMap((c) => c.matches) ?? ['http://*/*', 'https://*/*'];
    for (const host of hosts.filter((h) => h.includes('://')))
      expect(matches.some((m) => m === `${host.split('://')[0]}://*/*`)).toBe(true);
  });

  it('keeps the default content security policy', async () => {
    expect((await manifestFor(browser)).content_security_policy).toBeUndefined();
  });

  it('exposes only the card page to web pages', async () => {
    const resources = JSON.stringify((await manifestFor(browser)).web_accessible_resources);
    expect(resources.match(/"[^"]+\.(html|js|css|json|png|svg)"/g)).toEqual(['"card.html"']);
  });
});

describe('shipped sources', () => {
  const files = shippedSources();

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('never use %s', (name, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(hits).toEqual(name === 'fetch' ? [PACK_FETCHER] : []);
  });

  it('fetch subscribed packs without credentials, referrer, redirects or the HTTP cache', () => {
    const source = readFileSync(join(ROOT, PACK_FETCHER), 'utf8');
    for (const option of [
      "credentials: 'omit'",
      "referrerPolicy: 'no-referrer'",
      "redirect: 'manual'",
      "cache: 'no-store'",
    ])
      expect(source).toContain(option);
  });

  it('keep the library out of content-script code', () => {
    const content = files.filter((f) => /entrypoints[/\\]content[/\\]|lib[/\\]page[/\\]/.test(f));
    const hits = content.filter((f) =>
      /from ['"](@\/|[./]*)(lib\/)?db\/|from ['"]dexie['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(content.length).toBeGreaterThan(3);
    expect(hits.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
