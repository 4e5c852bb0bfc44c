/**
 * The canonical text of a JSON value, so a signature embedded in a pack survives re-indentation and key
 * reordering by any tool that rewrites the file. Objects' keys are sorted by UTF-16 code units, nothing is
 * indented, strings and numbers are written as JSON.stringify writes them: for the values a pack holds this is
 * the JSON Canonicalization Scheme (RFC 8785).
 */

/** Deeper than any pack (records nest five levels); past this the input is hostile, not a pack. */
const MAX_DEPTH = 64;

/** The canonical text of a parsed JSON value; throws on values JSON cannot hold or nesting past MAX_DEPTH. */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new RangeError('nested too deeply');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('not a JSON number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .sort(byCodeUnits)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key], depth + 1)}`);
    return `{${entries.join(',')}}`;
  }
  throw new TypeError(`not a JSON value: ${typeof value}`);
}

/** UTF-16 code unit order, spelled out so it never depends on a locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
