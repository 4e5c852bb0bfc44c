/**
 * The extension's reach, pinned (each permission is justified in the README): the fewest permissions, no host permissions beyond the content script's
 * match patterns, no relaxed content security policy, one web-accessible page, and no code that can talk to
 * the network or run strings as code anywhere in the shipped sources.
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
  it('asks only for activeTab, contextMenus, storage and unlimitedStorage, and for no host permissions', async () => {
    const manifest = await manifestFor(browser);
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
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

  it.each(FORBIDDEN)('never use %s', (_name, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(hits).toEqual([]);
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
