/**
 * The project's import graph, read from the source text: enough to hold the layering rules the README states
 * against the code, without a bundler. Pure except readProjectGraph, which walks the tree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** One import: a project file (path from the root, `/`-separated) or a package (`pkg:name`). */
export interface ImportEdge {
  to: string;
  /** `import type` / `export type`, or every named binding marked `type`: erased from the build. */
  typeOnly: boolean;
}

/** Each file's imports, keyed by its path from the project root. */
export type ImportGraph = Map<string, ImportEdge[]>;

const STATEMENT =
  /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The specifiers a file imports or re-exports from, with whether each is type-only. */
export function parseImports(source: string): { spec: string; typeOnly: boolean }[] {
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of source.matchAll(STATEMENT)) {
    const spec = m[3] ?? m[4]!;
    const names = m[2]?.match(/\{([^}]*)\}/)?.[1];
    const allTyped =
      names !== undefined &&
      !/^[\s\w$]*,/.test(m[2]!) &&
      names
        .split(',')
        .filter((n) => n.trim())
        .every((n) => /^\s*type\s/.test(n));
    found.push({ spec, typeOnly: Boolean(m[1]) || allTyped });
  }
  return found;
}

/** Where a specifier leads from `file`: a project path, a package, or null for files that are not code. */
export function resolveImport(file: string, specifier: string, exists: (path: string) => boolean): string | null {
  const spec = specifier.replace(/\?.*$/, '');
  const local = spec.startsWith('.') ? join(dirname(file), spec) : spec.startsWith('@/') ? spec.slice(2) : null;
  if (local === null) {
    const parts = spec.split('/');
    return `pkg:${spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]}`;
  }
  for (const ext of EXTENSIONS) {
    const path = normalize(local + ext).replaceAll('\\', '/');
    if (/\.tsx?$/.test(path) && exists(path)) return path;
  }
  return /\.(css|html|json|svg|png)$/.test(local) ? null : normalize(local).replaceAll('\\', '/');
}

/** The graph of every .ts/.tsx file under `folders` of the project at `root`. */
export function readProjectGraph(root: string, folders: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  const exists = (path: string) => existsSync(join(root, path));
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
        const edges = parseImports(readFileSync(join(root, path), 'utf8')).flatMap(({ spec, typeOnly }) => {
          const to = resolveImport(path, spec, exists);
          return to === null ? [] : [{ to, typeOnly }];
        });
        graph.set(relative(root, join(root, path)).replaceAll('\\', '/'), edges);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return graph;
}

/** The import cycles: each strongly connected set of two or more files (or a file importing itself), sorted. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const { to } of graph.get(v) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) visit(to);
      if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, low.get(to)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || graph.get(v)!.some((e) => e.to === v)) cycles.push(part.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
