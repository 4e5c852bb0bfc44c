/**
 * A tiny static file server bound to 127.0.0.1, so the demo and the end-to-end tests can open fixture pages
 * over http:// (content scripts do not run on file:// URLs by default).
 * Run directly: `npx tsx scripts/support/serve.ts [dir] [port]`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The fixture pages the demo and the e2e suite serve. */
export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));

/** A running server: its base URL (ends with '/') and a way to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Maps a request path to a file under root, or null when it would escape root. */
export function resolveRequestPath(root: string, urlPath: string): string | null {
  const pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^([/\\])+/, '');
  const full = resolve(root, relative);
  const base = resolve(root);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Serves `root` on 127.0.0.1 (port 0 picks a free one); only GET/HEAD, no directory listings. */
export async function startStaticServer(root: string = FIXTURE_PAGES_DIR, port = 0): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const file = resolveRequestPath(root, req.url ?? '/');
    const isFile = file
      ? await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      : false;
    if (!file || !isFile || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 404 : 403, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ? join(process.cwd(), process.argv[2]) : FIXTURE_PAGES_DIR;
  const server = await startStaticServer(root, Number(process.argv[3] ?? 0));
  console.log(`Serving ${root} at ${server.url} (Ctrl+C to stop)`);
}
