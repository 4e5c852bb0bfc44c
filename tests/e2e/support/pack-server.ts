/**
 * A publisher's server for the subscription story, on loopback: it serves one pack with its detached signature
 * (`<pack>.sig`) and answers the way a static host or CDN does (ETag, 304 to If-None-Match), and can be told to
 * go wrong the ways the issue lists: a corrupt pack, a pack over the size limit (a Content-Length over 50 MB and
 * no body), a bad signature (changed after signing, or signed with another key), and no server at all. It keeps every request, so a test can say what was asked.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, type PrivateKeyFile, signDetached } from '@/lib/pack/sign-pack';

/** What the server answers for the pack now. */
export type PackMode = 'pack' | 'corrupt' | 'too-big' | 'bad-signature' | 'other-key';

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
/** Over the engine's 50 MB limit: announced, never sent. */
const TOO_BIG = 60 * 1024 * 1024;

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
  const server: Server = createServer((req, res) => {
    requests.push({
      path: req.url ?? '',
      ifNoneMatch: header(req, 'if-none-match'),
      cookie: header(req, 'cookie'),
    });
    answer(req, res, mode, published, badlySigned);
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
    // The engine must refuse on the announced length: only the body's first bytes come (a proxy passes the
    // headers on with them), then the connection is cut.
    res.writeHead(200, { 'content-type': 'application/json', etag: '"too-big"', 'content-length': String(TOO_BIG) });
    res.write('{"format": "onrecord-pack", ');
    setTimeout(() => res.destroy(), 5_000);
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
