/**
 * The publisher's side of the subscription benchmark, in Node: a synthetic pack and a changed version of it,
 * each signed (detached `.sig`, the publisher CLI's own signing code), served to the bench page with ETags and
 * 304s as a static host would.
 */
import type { Page } from 'playwright-core';
import { generateKeyPair, signDetached } from '../../lib/pack/sign-pack';
import type { SubscribeUrls } from './subscribe-bench';
import { syntheticPack } from './synthetic-library';

/** The files served, by URL, and the URLs the page fetches. */
export interface PackFiles {
  urls: SubscribeUrls;
  /** The publisher's public key (base64), which a subscriber pins. */
  publicKey: string;
  files: Map<string, { body: string; etag: string }>;
}

/** The bench publisher's origin, served from memory; https, so the page is a secure context as a background is. */
export const PACK_ORIGIN = 'https://packs.onrecord.test';
const ORIGIN = PACK_ORIGIN;

/** Builds and signs both versions of a pack of `statements` statements. */
export async function packFiles(statements: number): Promise<PackFiles> {
  const { privateKey, publicKey } = await generateKeyPair();
  const pack = syntheticPack(statements, Math.max(1, Math.round(statements / 50)), 3) as {
    statements: { text: string }[];
  };
  const first = JSON.stringify(pack);
  pack.statements.forEach((s, i) => {
    if (i % 10 === 0) s.text = `${s.text} (reworded)`;
  });
  const changed = JSON.stringify(pack);
  const urls = { pack: `${ORIGIN}/sub.onrecord.json`, changed: `${ORIGIN}/sub-2.onrecord.json` };
  const files = new Map<string, { body: string; etag: string }>();
  for (const [url, body, tag] of [
    [urls.pack, first, 'v1'],
    [urls.changed, changed, 'v2'],
  ] as const) {
    files.set(url, { body, etag: `"${tag}"` });
    files.set(`${url}.sig`, { body: JSON.stringify(await signDetached(body, privateKey)), etag: `"${tag}-sig"` });
  }
  return { urls, publicKey: publicKey.publicKey, files };
}

/** Serves the files to `page` (fetches from the bench origin), answering If-None-Match with 304. */
export async function servePackFiles(page: Page, served: PackFiles): Promise<void> {
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = served.files.get(route.request().url());
    if (!file) return route.fallback();
    if (route.request().headers()['if-none-match'] === file.etag)
      return route.fulfill({ status: 304, headers: { etag: file.etag } });
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { etag: file.etag },
      body: file.body,
    });
  });
}
