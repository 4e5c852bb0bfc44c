/**
 * `pack build`: a pack from the manager's CSV or from JSON lines, checked as an import checks it. A pack with
 * any bad record is not written: each problem is printed with the line of the input it came from.
 */
import { writeFileSync } from 'node:fs';
import { csvToPack, looksLikeCsv } from '../../lib/pack/import-csv';
import { type JsonlPack, jsonlToPack, type PackList } from '../../lib/pack/jsonl-to-pack';
import type { PackMeta } from '../../lib/pack/pack-schema';
import { checkPack, type Rejection } from '../../lib/pack/parse-pack';
import { CliError } from './args';
import { readText } from './files';

/** The pack's description, from the command line. */
export interface BuildOptions {
  out: string;
  title?: string;
  author?: string;
  licence?: string;
  description?: string;
  /** The pack's date; today when not given. */
  date?: string;
}

/** Builds and writes the pack; returns what to print, or throws a CliError listing every problem by line. */
export function buildPack(input: string, options: BuildOptions): string[] {
  const text = readText(input);
  const meta = metaOf(input, options);
  const read: JsonlPack = looksLikeCsv(input, text) ? fromCsv(text, meta) : jsonlToPack(text, meta);
  if (!read.ok) throw new CliError(`${input}:\n  ${read.errors.join('\n  ')}`);
  const checked = checkPack(read.pack);
  if (!checked.ok) throw new CliError(`${input}:\n  ${checked.errors.join('\n  ')}`);
  if (checked.rejected.length > 0) {
    const where = (r: Rejection) => (r.index >= 0 ? read.lines[r.list as PackList][r.index] : undefined);
    const problems = checked.rejected.map((r) => `line ${where(r) ?? '?'}: ${r.record}: ${r.problem}`);
    throw new CliError(`${input}: ${problems.length} record(s) would not import:\n  ${problems.join('\n  ')}`);
  }
  const { pack } = checked;
  writeFileSync(options.out, `${JSON.stringify(pack, null, 2)}\n`);
  const counts = [
    count(pack.people.length, 'person', 'people'),
    count(pack.statements.length, 'statement', 'statements'),
    count(pack.relations.length, 'relation', 'relations'),
    count(pack.reviews?.length ?? 0, 'review', 'reviews'),
  ].join(', ');
  return [`wrote ${options.out}: ${counts}`, `sign it: npm run pack -- sign ${options.out} --key <name>.key.json`];
}

function metaOf(input: string, options: BuildOptions): PackMeta {
  const missing = (['author', 'licence'] as const).filter((k) => !options[k]?.trim());
  if (missing.length > 0) throw new CliError(`missing ${missing.map((k) => `--${k}`).join(' and ')}`);
  return {
    name: options.title?.trim() || (input.split(/[\\/]/).pop() ?? input).replace(/\.(csv|jsonl|ndjson)$/i, ''),
    author: options.author?.trim() ?? '',
    licence: options.licence?.trim() ?? '',
    date: options.date ?? new Date().toISOString().slice(0, 10),
    ...(options.description?.trim() ? { description: options.description.trim() } : {}),
  };
}

function fromCsv(text: string, meta: PackMeta): JsonlPack {
  const csv = csvToPack(text, meta, meta.author);
  if (!csv.ok) return { ok: false, errors: [`the header lacks the column(s) ${csv.missing.join(', ')}`] };
  return { ok: true, pack: csv.pack, lines: { ...csv.lines, reviews: [] } };
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
