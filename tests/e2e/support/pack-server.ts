/**
 * A publisher's server for the subscription story, on loopback: it serves one pack with its detached signature
 * (`<pack>.sig`) and answers the way a static host or CDN does (ETag, 304 to If-None-Match), and can be told to
 * go wrong the ways the issue lists: a corrupt pack, a pack over the size limit (a Content-Length over 50 MB and
 * no body, or a body streamed past 50 MB with no length announced), a bad signature (changed after signing, or
 * signed with another key), and no server at all. It keeps every request, so a test can say what was asked.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, type PrivateKeyFile, signDetached } from '@/lib/pack/sign-pack';

/** What the server answers for the pack now. */
export type PackMode = 'pack' | 'corrupt' | 'too-big' | 'too-big-streamed' | 'bad-signature' | 'other-key';

/** A request the server saw. */
export interface SeenRequest {
  path: string;
  ifNoneMatch: string | null;
  cookie: string | null;
}

/** A running pack server. */
export interface PackServer {
  /** The server's origin ("http://127.0.0.1:PORT"). */
  origin: string;
  /** The pack's address. */
  packUrl: string;
  /** The publisher's public key fingerprint, as the subscribe dialog must show it. */
  fingerprint: string;
  requests: SeenRequest[];
  /** Body bytes the last over-size answer got out before the reader let go (written, not just queued). */
  oversizeBytesSent(): number;
  /** Publishes a new version of the pack (a new ETag), signed by the publisher. */
  publish(pack: object): Promise<void>;
  /** What the next answers are; 'pack' is the published version. */
  serve(mode: PackMode): Promise<void>;
  /** Stops answering (the host is down); `close` is still safe to call. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

const PACK_PATH = '/desk/library.onrecord.json';
/** A pack cut short. */
const CORRUPT = '{"format": "onrecord-pack", "version": 1, "peo';
/** Over the engine's 50 MB limit: announced and never sent, or sent without being announced. */
const TOO_BIG = 60 * 1024 * 1024;
/** The streamed answer goes out in pieces this size, each once the last one has drained. */
const PIECE = 1024 * 1024;
/**
 * What the streamed answer would send in all: far past the limit, so what the server got out before the reader
 * let go tells the engine's own count stopped it, whatever the proxy's and the sockets' buffers held.
 */
export const STREAMED_TOTAL = 256 * 1024 * 1024;
/** How long the headers-only answer waits before its one body byte (see `answer`). */
const FIRST_BYTE_AFTER_MS = 2_000;

/** Body bytes written in the last over-size answer: how far the engine let it go before it refused. */
interface BodyCount {
  sent: number;
}

interface Published {
  text: string;
  sig: string;
  etag: string;
}

/** Starts the server with `first` published, signed by a fresh publisher key. */
export async function startPackServer(first: object): Promise<PackServer> {
  const { privateKey, publicKey } = await generateKeyPair();
  const other = (await generateKeyPair()).privateKey;
  let version = 0;
  let mode: PackMode = 'pack';
  const sign = async (pack: object, key: PrivateKeyFile = privateKey): Promise<Published> => {
    const text = `${JSON.stringify(pack, null, 2)}\n`;
    version += 1;
    return { text, sig: JSON.stringify(await signDetached(text, key)), etag: `"v${version}"` };
  };
  let published = await sign(first);
  let badlySigned: Published | null = null;
  const requests: SeenRequest[] = [];
  let body: BodyCount = { sent: 0 };
  const server: Server = createServer((req, res) => {
    requests.push({
      path: req.url ?? '',
      ifNoneMatch: header(req, 'if-none-match'),
      cookie: header(req, 'cookie'),
    });
    if (mode.startsWith('too-big') && (req.url ?? '').split('?')[0] === PACK_PATH) body = { sent: 0 };
    answer(req, res, mode, published, badlySigned, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    origin,
    packUrl: `${origin}${PACK_PATH}`,
    fingerprint: publicKey.fingerprint,
    requests,
    oversizeBytesSent: () => body.sent,
    async publish(pack) {
      published = await sign(pack);
    },
    async serve(next) {
      // Broken at the publisher's and signed as it is: the signature holds, the contents are no pack.
      if (next === 'corrupt')
        badlySigned = {
          text: CORRUPT,
          sig: JSON.stringify(await signDetached(CORRUPT, privateKey)),
          etag: '"corrupt"',
        };
      if (next === 'other-key') badlySigned = await sign(withNote(published.text), other);
      if (next === 'bad-signature') {
        // Changed after it was signed: the publisher's signature of the version before, over new contents.
        const changed = await sign(withNote(published.text));
        badlySigned = { ...changed, sig: published.sig };
      }
      mode = next;
    },
    stop,
    close: stop,
  };
}

/** The published pack with one more statement, so it differs from what the reader holds. */
function withNote(text: string): object {
  const pack = JSON.parse(text) as { statements: object[]; people: { id: string }[] };
  const personId = pack.people[0]?.id ?? '';
  return { ...pack, statements: [...pack.statements, { id: 'forged', personId, text: 'A forged statement.' }] };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  mode: PackMode,
  published: Published,
  badlySigned: Published | null,
  body: BodyCount,
): void {
  const path = (req.url ?? '').split('?')[0];
  const current = mode !== 'pack' && badlySigned ? badlySigned : published;
  if (path === `${PACK_PATH}.sig`) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(current.sig);
    return;
  }
  if (path !== PACK_PATH) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (mode === 'too-big') {
    // Headers only: the engine must refuse on the announced length, not wait for a body (it would run into the
    // time limit and say so instead). Firefox hands a fetch its answer only once a first body byte is there, so
    // one byte follows later if the connection is still open; Chromium has let go by then.
    res.writeHead(200, { 'content-type': 'application/json', etag: '"too-big"', 'content-length': String(TOO_BIG) });
    res.flushHeaders();
    const later = setTimeout(() => {
      if (!res.destroyed) res.write('{', counted(body, 1));
    }, FIRST_BYTE_AFTER_MS);
    res.on('close', () => clearTimeout(later));
    return;
  }
  if (mode === 'too-big-streamed') {
    res.writeHead(200, { 'content-type': 'application/json', etag: '"too-big-streamed"' });
    streamPast(res, STREAMED_TOTAL, body);
    return;
  }
  if (header(req, 'if-none-match') === current.etag) {
    res.writeHead(304, { etag: current.etag, 'cache-control': 'no-cache' }).end();
    return;
  }
  res
    .writeHead(200, { 'content-type': 'application/json', etag: current.etag, 'cache-control': 'no-cache' })
    .end(current.text);
}

/**
 * Sends `total` bytes of a pack that never ends in time, chunked with no length: only the engine's own count of
 * the bytes it read can stop it. Stops writing when the reader lets go.
 */
function streamPast(res: ServerResponse, total: number, body: BodyCount): void {
  const piece = Buffer.alloc(PIECE, 0x20);
  let sent = 0;
  const more = () => {
    while (sent < total && !res.destroyed) {
      sent += PIECE;
      if (!res.write(piece, counted(body, PIECE))) {
        res.once('drain', more);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  const head = '{"format": "onrecord-pack", "version": 1, "meta": {"name": "';
  res.write(head, counted(body, head.length));
  more();
}

/** A write callback adding `bytes` to the count once they left (not when the connection was already cut). */
function counted(body: BodyCount, bytes: number): (error?: Error | null) => void {
  return (error) => {
    if (!error) body.sent += bytes;
  };
}
