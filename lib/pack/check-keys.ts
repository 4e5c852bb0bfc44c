/**
 * Finds keys and shapes no pack has a use for and that only a hostile or broken file carries: prototype keys
 * (`__proto__`, `constructor`, `prototype`) that could reach an object's prototype if a later change ever
 * merged records by copying keys, and nesting deep enough to exhaust a recursive reader.
 */
import { problemText } from './problems';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any pack (the deepest field is statements[i].sources[j].url: depth 4). */
export const MAX_DEPTH = 32;

/** Every forbidden key with where it is, and the first place nesting is too deep; empty when clean. */
export function checkKeys(root: unknown): string[] {
  const problems: string[] = [];
  // An explicit stack: a recursive walk is the thing a deeply nested file attacks.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let tooDeep = false;
  for (let next = stack.pop(); next && problems.length < 50; next = stack.pop()) {
    const { value, path, depth } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) {
      if (!tooDeep) problems.push(`${where(path)}: ${problemText('tooDeep', MAX_DEPTH)}`);
      tooDeep = true;
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((v, i) => [`[${i}]`, v] as const)
      : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]] as const);
    for (const [key, child] of entries) {
      if (!Array.isArray(value) && FORBIDDEN.has(key))
        problems.push(`${where(path)}: ${problemText('keyNotAllowed', key)}`);
      const childPath = Array.isArray(value) ? `${path}${key}` : path ? `${path}.${key}` : key;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems.reverse();
}

function where(path: string): string {
  return path ? `pack.${path}`.replace(/^pack\.(people|statements|relations)\[/, '$1[') : 'pack';
}
