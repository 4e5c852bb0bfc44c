/**
 * Guards speed work against changed output: extracts every page of the evaluation sets and reading fixtures
 * (the very analyzePage the CLI runs) and either saves the result or compares it with a saved one.
 *
 *   tsx scripts/extract-diff.ts --save /tmp/extract-before.json
 *   tsx scripts/extract-diff.ts --against /tmp/extract-before.json
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractPage } from './extract';
import { ROOT_DIR } from './support/paths';

const FOLDERS = [
  join(ROOT_DIR, '..', 'shared', 'eval-dev', 'pages'),
  join(ROOT_DIR, '..', 'shared', 'eval-more', 'pages'),
  join(ROOT_DIR, 'tests', 'fixtures', 'eval', 'pages'),
  join(ROOT_DIR, 'tests', 'fixtures', 'reading'),
];

/** Every page the comparison covers, by path relative to the project root. */
function pages(): string[] {
  return FOLDERS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

/** One page's output without its timing, keyed by the page's path relative to the project root. */
function extractAll(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of pages()) {
    const { ms: _ms, file: _file, ...rest } = extractPage(file);
    out[relative(ROOT_DIR, file)] = JSON.stringify(rest);
  }
  return out;
}

/** The pages whose output differs between two extractions (missing on either side counts as different). */
export function changedPages(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

const args = process.argv.slice(2);
const save = args.indexOf('--save');
const against = args.indexOf('--against');
const current = extractAll();
if (save >= 0 && args[save + 1]) {
  writeFileSync(args[save + 1] as string, JSON.stringify(current, null, 1));
  console.log(`saved ${Object.keys(current).length} pages`);
} else if (against >= 0 && args[against + 1]) {
  const before = JSON.parse(readFileSync(args[against + 1] as string, 'utf8')) as Record<string, string>;
  const changed = changedPages(before, current);
  for (const page of changed) console.log(`changed: ${page}`);
  console.log(`${Object.keys(current).length} pages, ${changed.length} changed`);
  process.exitCode = changed.length ? 1 : 0;
} else {
  console.error('usage: extract-diff.ts --save FILE | --against FILE');
  process.exitCode = 2;
}
