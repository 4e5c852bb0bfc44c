/**
 * What `npm run build` and `npm run zip` produce: a Chrome MV3 build without Firefox keys, a Firefox build with
 * its gecko id and no data collection, every file the manifests name, store archives, a content script that
 * carries neither the database nor the library's data, and no way to load remote code: the default content
 * security policy (or a stricter one), no remote URL in the manifests, and no built page or script that points
 * a script at a remote address.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { ICON_SIZES, iconMap } from '@/lib/background/icons';
import { LEXICONS } from '@/lib/detect/lexicons/index';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, ROOT_DIR } from '@/scripts/support/paths';
import { GECKO_ID } from '@/wxt.config';
import {
  cspLoosenings,
  htmlRemoteScripts,
  jsRemoteScripts,
  manifestPolicies,
  manifestRemoteUrls,
} from './support/remote-code';
import { zipEntries } from './support/zip-entries';

/** The content script ships to every page the reader opens: keep it small. */
const CONTENT_SCRIPT_BUDGET_BYTES = 150_000;

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  content_scripts?: { js?: string[]; css?: string[] }[];
};

const readManifest = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(`${dir}/manifest.json`, 'utf8'));

/** Every file a manifest points at: background, pages, content scripts, web-accessible resources. */
function referencedFiles(m: Manifest): string[] {
  const background = m.background as { service_worker?: string; scripts?: string[]; page?: string } | undefined;
  const action = (m.action ?? m.browser_action) as
    | { default_popup?: string; default_icon?: Record<string, string> }
    | undefined;
  const options = m.options_ui as { page?: string } | undefined;
  const war = (m.web_accessible_resources ?? []) as (string | { resources: string[] })[];
  return [
    ...(background?.service_worker ? [background.service_worker] : []),
    ...(background?.scripts ?? []),
    ...(background?.page ? [background.page] : []),
    ...(action?.default_popup ? [action.default_popup] : []),
    ...Object.values(action?.default_icon ?? {}),
    ...Object.values((m.icons ?? {}) as Record<string, string>),
    ...(options?.page ? [options.page] : []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...war.flatMap((w) => (typeof w === 'string' ? [w] : w.resources)),
  ];
}

const builds = [
  { name: 'chrome-mv3', dir: CHROME_BUILD_DIR },
  { name: 'firefox', dir: FIREFOX_BUILD_DIR },
];

describe('the builds', () => {
  it('keep Firefox-only keys out of the Chrome manifest', async () => {
    const chrome = await readManifest(CHROME_BUILD_DIR);
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(JSON.stringify(chrome)).not.toMatch(/gecko/i);
  });

  it('give Firefox its gecko id and declare no data collection', async () => {
    const firefox = await readManifest(FIREFOX_BUILD_DIR);
    const gecko = (firefox.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it.each(builds)('$name: every file the manifest names exists, with the popup and the card', async ({ dir }) => {
    const files = referencedFiles(await readManifest(dir));
    expect(files).toEqual(expect.arrayContaining(['popup.html', 'card.html']));
    expect(files.filter((f) => !existsSync(`${dir}/${f}`))).toEqual([]);
  });

  it.each(builds)('$name: the manifest names the icons at every size, and the greyed set ships', async ({ dir }) => {
    const manifest = await readManifest(dir);
    const action = (manifest.action ?? manifest.browser_action) as { default_icon?: Record<string, string> };
    expect(manifest.icons).toEqual(iconMap('onrecord'));
    expect(action.default_icon).toEqual(iconMap('onrecord'));
    const files = [...Object.values(iconMap('onrecord')), ...Object.values(iconMap('onrecord-off'))];
    expect(files).toHaveLength(2 * ICON_SIZES.length);
    expect(files.filter((f) => !existsSync(`${dir}/${f}`))).toEqual([]);
  });

  it.each(builds)('$name: the content script is small and holds no database code', async ({ dir }) => {
    const manifest = await readManifest(dir);
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      expect((await stat(`${dir}/${file}`)).size).toBeLessThan(CONTENT_SCRIPT_BUDGET_BYTES);
      const code = await readFile(`${dir}/${file}`, 'utf8');
      expect(code).not.toMatch(/\bDexie\b/);
      expect(code).not.toMatch(/\bindexedDB\b/);
    }
  });

  // Detection runs in the background ('page/detect'): no language's word lists may ship to every page.
  it.each(builds)('$name: the content script holds no detection code', async ({ dir }) => {
    const manifest = await readManifest(dir);
    const scripts = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
    const code = (await Promise.all(scripts.map((file) => readFile(`${dir}/${file}`, 'utf8')))).join('\n');
    const words = LEXICONS.flatMap((l) => [l.verbs, l.stems, l.roles, l.common]).filter((list) => list.length > 12);
    expect(words.length).toBeGreaterThan(LEXICONS.length * 2);
    expect(words.filter((list) => code.includes(list)).map((list) => list.slice(0, 40))).toEqual([]);
    // The same lists are in the background, which answers the content script's detection.
    const background = await readFile(`${dir}/background.js`, 'utf8');
    expect(words.every((list) => background.includes(list))).toBe(true);
  });
});

/** Every file under `dir` whose name ends with one of `extensions`, relative to `dir`. */
async function builtFiles(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1));
}

describe('no remote code', () => {
  it.each(builds)('$name: the manifest keeps the default CSP or a stricter one', async ({ dir }) => {
    const manifest = await readManifest(dir);
    expect(manifestPolicies(manifest).flatMap(cspLoosenings)).toEqual([]);
  });

  it.each(builds)('$name: the manifest names no remote URL', async ({ dir }) => {
    expect(manifestRemoteUrls(await readManifest(dir))).toEqual([]);
  });

  it.each(builds)('$name: no built page loads a script or preload from a remote address', async ({ dir }) => {
    const pages = await builtFiles(dir, ['.html']);
    expect(pages).toEqual(expect.arrayContaining(['popup.html', 'card.html', 'manager.html']));
    for (const page of pages) {
      expect(htmlRemoteScripts(await readFile(`${dir}/${page}`, 'utf8')), page).toEqual([]);
    }
  });

  it.each(builds)('$name: no built script imports or loads a script from a remote address', async ({ dir }) => {
    const scripts = await builtFiles(dir, ['.js', '.mjs']);
    expect(scripts).toEqual(expect.arrayContaining(['background.js', 'content-scripts/content.js']));
    for (const script of scripts) {
      expect(jsRemoteScripts(await readFile(`${dir}/${script}`, 'utf8')), script).toEqual([]);
    }
  });

  // The checks above pass only because the build is clean: on loosened samples they must fail.
  it('would catch a loosened CSP, a remote manifest URL and remote script references', () => {
    expect(cspLoosenings("script-src 'self'; object-src 'self'")).toEqual([]);
    expect(cspLoosenings("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'")).toEqual([]);
    expect(cspLoosenings("script-src 'self' 'unsafe-eval' https://cdn.example; object-src *")).toEqual([
      "script-src 'unsafe-eval'",
      'script-src https://cdn.example',
      'object-src *',
    ]);
    expect(cspLoosenings("default-src 'self' https:")).toEqual(['default-src https:']);
    expect(
      manifestPolicies({ content_security_policy: { extension_pages: "script-src 'self'", sandbox: 'x' } }),
    ).toEqual(["script-src 'self'", 'x']);
    expect(
      manifestRemoteUrls({
        update_url: 'https://updates.example/x.xml',
        content_scripts: [{ matches: ['https://*/*'] }],
        permissions: ['alarms', 'https://*/*'],
        options_ui: { page: 'manager.html' },
      }),
    ).toEqual(['https://updates.example/x.xml']);
    expect(
      htmlRemoteScripts(
        '<script type="module" src="/chunks/a.js"></script><script src="https://cdn.example/x.js"></script>' +
          '<link rel="modulepreload" href="//cdn.example/y.js"><link rel="stylesheet" href="/assets/a.css">',
      ),
    ).toEqual(['<script src="https://cdn.example/x.js">', '<link rel="modulepreload" href="//cdn.example/y.js">']);
    expect(
      jsRemoteScripts(
        'import{a}from"./chunk.js";const s="see https://example.org/a";' +
          'import("https://cdn.example/m.js");importScripts(\'//cdn.example/w.js\');' +
          'import{b}from"https://cdn.example/b.js";el.src=`http://cdn.example/s.js`;new Worker("https://x.example/w.js")',
      ),
    ).toHaveLength(5);
  });
});

describe('the store archives (npm run zip)', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  }, 120_000);

  const archive = async (suffix: string) => {
    const names = (await readdir(`${ROOT_DIR}.output`)).filter((n) => n.endsWith(`-${suffix}.zip`));
    expect(names, `.output/*-${suffix}.zip`).toHaveLength(1);
    return zipEntries(`${ROOT_DIR}.output/${names[0]}`);
  };

  it.each(['chrome', 'firefox'])('the %s archive holds the extension at its root', async (suffix) => {
    const entries = await archive(suffix);
    expect(entries).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'card.html', 'welcome.html']));
    const icons = [...Object.values(iconMap('onrecord')), ...Object.values(iconMap('onrecord-off'))];
    expect(icons.filter((f) => !entries.includes(f))).toEqual([]);
  });

  it('the sources archive (for review) holds the sources, not dependencies or builds', async () => {
    const entries = await archive('sources');
    expect(entries).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
    expect(entries.filter((e) => /^(node_modules|\.output)\//.test(e))).toEqual([]);
  });
});
