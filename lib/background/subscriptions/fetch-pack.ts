/**
 * The one place the extension makes a network request: the background fetching a pack the reader subscribed
 * to. No cookies or credentials, no referrer, no redirects to other addresses, the browser's HTTP cache left
 * out (the subscription keeps its own validators and sends them as conditional headers), a time limit and a
 * size limit.
 */
import { MAX_PACK_BYTES, readLimited, TooLargeError } from './read-limited';

/** How long one request may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 60_000;

/** The validators a conditional request sends back. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Why a fetch failed, for the reader's words (problems.ts). */
export type FetchProblem = 'network' | 'timeout' | 'status' | 'redirect' | 'too-large';

/** What a fetch brought. */
export type FetchOutcome =
  | { kind: 'unchanged'; cacheControl: string | null }
  | { kind: 'changed'; text: string; bytes: number; validators: Validators; cacheControl: string | null }
  | { kind: 'missing' }
  | { kind: 'failed'; problem: FetchProblem; status?: number };

/** The fetch and limits a request uses; tests give their own. */
export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** For a `.sig` file: a 404 is an answer ('missing'), not an error. */
  allowMissing?: boolean;
}

/** The request's headers: the validators of the version held, so an unchanged pack costs one 304. */
export function conditionalHeaders(validators: Validators): Record<string, string> {
  return {
    ...(validators.etag ? { 'If-None-Match': validators.etag } : {}),
    ...(validators.lastModified ? { 'If-Modified-Since': validators.lastModified } : {}),
  };
}

/** Fetches `url` once, conditionally on `validators`. Never throws: every failure is an outcome. */
export async function fetchPackText(
  url: string,
  validators: Validators,
  options: FetchOptions = {},
): Promise<FetchOutcome> {
  const run = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  try {
    const response = await run(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json', ...conditionalHeaders(validators) },
      signal: abort.signal,
    });
    return await outcomeOf(response, options);
  } catch (error) {
    if (error instanceof TooLargeError) return { kind: 'failed', problem: 'too-large' };
    return { kind: 'failed', problem: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

async function outcomeOf(response: Response, options: FetchOptions): Promise<FetchOutcome> {
  const cacheControl = response.headers.get('cache-control');
  if (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  )
    return { kind: 'failed', problem: 'redirect', status: response.status };
  if (response.status === 304) return { kind: 'unchanged', cacheControl };
  if (response.status === 404 && options.allowMissing) return { kind: 'missing' };
  if (!response.ok) return { kind: 'failed', problem: 'status', status: response.status };
  const { text, bytes } = await readLimited(response, options.maxBytes ?? MAX_PACK_BYTES);
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return {
    kind: 'changed',
    text,
    bytes,
    validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    cacheControl,
  };
}
