/**
 * Checks on the built extension that no remote code can load: the manifest keeps the default content security
 * policy (or a stricter one) and names no remote URL, and no built page or script points a script at a remote
 * address. Pure functions over text, so a test can also show each check failing on a loosened sample.
 */

/** Sources that keep a script-bearing directive at least as strict as the browsers' default extension CSP. */
const SAFE_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);

/** Directives that decide where scripts, workers and plugins may come from. */
const SCRIPT_DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'script-src-elem',
  'script-src-attr',
  'worker-src',
  'object-src',
  'child-src',
]);

/**
 * What in a content security policy loosens the default: 'unsafe-eval' or 'unsafe-inline' anywhere, and any
 * source other than 'self', 'none' or 'wasm-unsafe-eval' (hosts, schemes, wildcards) in a script directive.
 */
export function cspLoosenings(csp: string): string[] {
  const found: string[] = [];
  for (const directive of csp.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!name) continue;
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-eval'" || lower === "'unsafe-inline'" || lower === "'unsafe-hashes'") {
        found.push(`${name} ${source}`);
      } else if (SCRIPT_DIRECTIVES.has(name.toLowerCase()) && !SAFE_SOURCES.has(lower)) {
        found.push(`${name} ${source}`);
      }
    }
  }
  return found;
}

/** True for an address on another host: "scheme://..." (http, https, ws, ftp, ...) or protocol-relative "//...". */
const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());

/** Every content security policy a manifest declares (MV2: a string; MV3: one per page kind). */
export function manifestPolicies(manifest: Record<string, unknown>): string[] {
  const csp = manifest.content_security_policy;
  if (csp === undefined) return [];
  if (typeof csp === 'string') return [csp];
  return Object.values(csp as Record<string, unknown>).map(String);
}

/**
 * Every string in a manifest that is a remote address (a scheme with "://", or protocol-relative), leaving out
 * match patterns, which say where the content script runs or which hosts the background may fetch packs from
 * (MV3 `host_permissions`; MV2 lists them among `permissions`), not what the extension loads.
 */
export function manifestRemoteUrls(manifest: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (key === 'matches' || key === 'exclude_matches' || key === 'host_permissions') return;
    if (key === 'permissions' && typeof value === 'string') return;
    if (typeof value === 'string') {
      if (isRemote(value)) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(manifest, '');
  return [...new Set(found)];
}

/** The scripts and preloads of a built HTML page that do not come from the extension's own files. */
export function htmlRemoteScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = /\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (src && isRemote(src)) found.push(tag);
  }
  return found;
}

/**
 * Places in built JavaScript that would load code from a remote address: static and dynamic imports,
 * importScripts, workers, and a script element's src set to a literal URL.
 */
export function jsRemoteScripts(code: string): string[] {
  const pattern =
    /(?:\bimport\s*\(\s*|\bimportScripts\s*\(\s*|\bnew\s+(?:Shared)?Worker\s*\(\s*|\bfrom\s*|\bimport\s*|\.src\s*=\s*)(["'`])((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'`]*)\1/gi;
  return [...code.matchAll(pattern)].map((m) => m[0]);
}
