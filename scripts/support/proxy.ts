/**
 * A logging HTTP proxy on 127.0.0.1. Both browsers send all their traffic through it (localhost included),
 * so a test can prove the extension reached nothing beyond localhost. Loopback requests are forwarded;
 * anything else is logged and refused, so a leak is visible and never actually leaves the machine.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';

/** One request the proxy saw: the method and the target (a URL, or host:port for CONNECT). */
export interface ProxiedRequest {
  method: string;
  target: string;
  host: string;
}

/** A running proxy: where it listens and everything it saw. */
export interface LoggingProxy {
  port: number;
  requests: ProxiedRequest[];
  close: () => Promise<void>;
}

/**
 * Every proxy started in this process, by port: a browser launch names only a port, and this is how the launch
 * finds the log it is checked against. Kept on globalThis so two copies of this module still share one map.
 */
const REGISTRY_KEY = Symbol.for('onrecord.e2e.proxies');
const slots = globalThis as Record<symbol, unknown>;
if (!(REGISTRY_KEY in slots)) slots[REGISTRY_KEY] = new Map<number, LoggingProxy>();
const registry = slots[REGISTRY_KEY] as Map<number, LoggingProxy>;

/** The logging proxy listening on `port` in this process, if one was started here. */
export function proxyOnPort(port: number): LoggingProxy | undefined {
  return registry.get(port);
}

/** True for host names that stay on this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Requests whose target is not loopback: what an assertion on "no request beyond localhost" checks. */
export function nonLocalRequests(requests: ProxiedRequest[]): ProxiedRequest[] {
  return requests.filter((r) => !isLoopbackHost(r.host));
}

function hostOfConnectTarget(target: string): string {
  const ipv6 = /^\[([^\]]+)\]/.exec(target);
  return ipv6?.[1] ?? target.replace(/:\d+$/, '');
}

/**
 * Forwards one loopback request. The answer's headers go on at once (a browser may decide on them alone, e.g.
 * refuse a Content-Length, before any body byte exists), and a cut on either side cuts the other: an upstream
 * that aborts mid-body must look aborted to the browser, not like a short but complete answer.
 */
function forward(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const upstream = httpRequest(
    {
      host: '127.0.0.1',
      port: url.port || 80,
      path: url.pathname + url.search,
      method: req.method,
      headers: req.headers,
    },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      res.flushHeaders();
      up.on('close', () => {
        if (!up.complete) res.destroy();
      });
      up.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) res.destroy();
    else res.writeHead(502).end();
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** Starts the proxy on a free port. */
export async function startLoggingProxy(): Promise<LoggingProxy> {
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const target = req.url ?? '';
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      requests.push({ method: req.method ?? '?', target, host: '(not a proxy request)' });
      res.writeHead(400).end();
      return;
    }
    requests.push({ method: req.method ?? '?', target, host: url.hostname });
    if (!isLoopbackHost(url.hostname)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    forward(req, res, url);
  });
  server.on('connect', (req, socket, head) => {
    const target = req.url ?? '';
    const host = hostOfConnectTarget(target);
    requests.push({ method: 'CONNECT', target, host });
    if (!isLoopbackHost(host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(target.split(':').pop()), '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | null = null;
  const proxy: LoggingProxy = {
    port,
    requests,
    close: () =>
      (closed ??= new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      })),
  };
  // Its log stays readable after close; a later proxy may take the port over.
  registry.set(port, proxy);
  return proxy;
}
