// @vitest-environment node
/**
 * The e2e logging proxy passes an answer on the way the upstream gives it: headers as soon as they exist (so a
 * browser can refuse on a Content-Length alone) and an upstream cut as a cut, never as a short complete body.
 */
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoggingProxy, startLoggingProxy } from '@/scripts/support/proxy';

type Upstream = (res: ServerResponse) => void;

let server: Server | null = null;
let proxy: LoggingProxy | null = null;

async function through(upstream: Upstream): Promise<IncomingMessage> {
  server = createServer((_req, res) => upstream(res));
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  proxy = await startLoggingProxy();
  const viaProxy = proxy.port;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: viaProxy, path: `http://127.0.0.1:${port}/pack.json` }, resolve);
    req.on('error', reject);
    req.end();
  });
}

/** How the body ended: complete, or cut, with the bytes that came. */
function bodyEnd(res: IncomingMessage): Promise<{ complete: boolean; bytes: number }> {
  return new Promise((resolve) => {
    let bytes = 0;
    res.on('data', (chunk: Buffer) => {
      bytes += chunk.byteLength;
    });
    res.on('error', () => undefined);
    res.on('close', () => resolve({ complete: res.complete, bytes }));
  });
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await proxy?.close();
  server = null;
  proxy = null;
});

describe('the logging proxy', () => {
  it.each([
    ['a Content-Length with no body', { 'content-length': String(60 * 1024 * 1024) }],
    ['chunked, no body yet', {}],
  ])('passes the headers of %s on before any body byte', async (_what, headers) => {
    const res = await through((up) => {
      up.writeHead(200, { etag: '"big"', ...headers });
      up.flushHeaders();
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"big"');
    expect(res.headers['content-length']).toBe((headers as Record<string, string>)['content-length']);
    res.destroy();
  });

  it.each([
    ['with a Content-Length', { 'content-length': '1000' }],
    ['chunked', {}],
  ])('passes an upstream cut mid-body (%s) on as a cut', async (_what, headers) => {
    const res = await through((up) => {
      up.writeHead(200, headers);
      up.write('{"format": "onrecord-pack", ');
      setTimeout(() => up.destroy(), 100);
    });
    const end = await bodyEnd(res);
    expect(end.complete).toBe(false);
    expect(end.bytes).toBeLessThan(1000);
  });

  it('still passes a whole answer on whole', async () => {
    const res = await through((up) => {
      up.writeHead(200, { 'content-type': 'application/json' }).end('{"ok": true}');
    });
    expect(await bodyEnd(res)).toEqual({ complete: true, bytes: 12 });
  });
});
