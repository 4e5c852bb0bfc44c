/**
 * Turns the bytes of a file a reader picked into JSON, refusing what is not a UTF-8 JSON text with a message
 * that says what the file is instead, so "Unexpected token" never reaches a reader alone.
 */
import { problemText } from './problems';

/** Larger than any curated library (100,000 statements export to about 60 MB); a bigger file is refused unread. */
export const MAX_PACK_BYTES = 100 * 1024 * 1024;

/** The file's JSON, or why it is not a pack file at all. */
export type ReadFile = { ok: true; json: unknown } | { ok: false; errors: string[] };

/** A file's text, or why it is not UTF-8 text a pack (JSON or CSV) could be read from. */
export type ReadText = { ok: true; text: string } | { ok: false; errors: string[] };

/**
 * Reads a picked file's bytes (or text already decoded) as UTF-8 text, without a byte order mark: the checks
 * every import shares, whatever format the text is then read as.
 */
export function readTextFile(input: ArrayBuffer | Uint8Array | string, maxBytes = MAX_PACK_BYTES): ReadText {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) return fail(problemText('fileTooBig', megabytes(size), megabytes(maxBytes)));
  const text = typeof input === 'string' ? input : decode(input instanceof Uint8Array ? input : new Uint8Array(input));
  if (typeof text !== 'string') return text;
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail(problemText('empty'));
  if (body.includes('\u0000')) return fail(problemText('fileNul'));
  if (/^\s*</.test(body)) return fail(problemText('fileHtml'));
  return { ok: true, text: body };
}

/** Reads a picked file's bytes (or text already decoded) as a UTF-8 JSON document. */
export function readPackFile(input: ArrayBuffer | Uint8Array | string, maxBytes = MAX_PACK_BYTES): ReadFile {
  const read = readTextFile(input, maxBytes);
  if (!read.ok) return read;
  const body = read.text;
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(reason);
    const atEnd = at ? Number(at[1]) >= body.trimEnd().length : false;
    const cut = atEnd || /end of (JSON|data)|Unterminated/i.test(reason);
    return fail(problemText(cut ? 'fileJsonCut' : 'fileJson', reason));
  }
}

function decode(bytes: Uint8Array): string | { ok: false; errors: string[] } {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return fail(problemText('fileUtf32'));
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return fail(problemText('fileUtf16'));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(problemText('fileNotUtf8', firstBadByte(bytes)));
  }
}

/** Where decoding first fails, by decoding growing prefixes a chunk at a time; only runs for a bad file. */
function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function fail(problem: string): { ok: false; errors: string[] } {
  return { ok: false, errors: [`file: ${problem}`] };
}
