/**
 * JSON lines read as a pack, for publishers who generate records from a script or a database: one record a
 * line, each saying which list it belongs to (`"record": "person" | "statement" | "relation" | "review"`), so
 * the pack checks can name a bad record by its line in the file.
 */
import { PACK_FORMAT, PACK_VERSION, type PackMeta } from './pack-schema';

/** What each `record` value files a line under. */
const LISTS = { person: 'people', statement: 'statements', relation: 'relations', review: 'reviews' } as const;

/** The pack's lists, as checkPack names them. */
export type PackList = (typeof LISTS)[keyof typeof LISTS];

/** A pack-shaped object for checkPack with each record's file line per list, or every line that is unreadable. */
export type JsonlPack =
  | { ok: true; pack: Record<string, unknown>; lines: Record<PackList, number[]> }
  | { ok: false; errors: string[] };

/** Reads JSON lines (blank lines skipped) into a pack described by `meta`; line numbers count from 1. */
export function jsonlToPack(text: string, meta: PackMeta): JsonlPack {
  const lists: Record<PackList, unknown[]> = { people: [], statements: [], relations: [], reviews: [] };
  const lines: Record<PackList, number[]> = { people: [], statements: [], relations: [], reviews: [] };
  const errors: string[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const read = readLine(raw);
    if (typeof read === 'string') errors.push(`line ${i + 1}: ${read}`);
    else {
      lists[read.list].push(read.record);
      lines[read.list].push(i + 1);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack: { format: PACK_FORMAT, version: PACK_VERSION, meta, ...lists }, lines };
}

function readLine(raw: string): { list: PackList; record: Record<string, unknown> } | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return `is not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'is not a JSON object';
  const { record, ...rest } = value as Record<string, unknown>;
  if (typeof record !== 'string' || !Object.hasOwn(LISTS, record))
    return `"record" is ${JSON.stringify(record) ?? 'missing'}, not "person", "statement", "relation" or "review"`;
  return { list: LISTS[record as keyof typeof LISTS], record: rest };
}
