/**
 * A picked import file read as a pack: JSON as it is, CSV through lib/pack/import-csv, so both go through
 * the same checks, preview and write. For a CSV, rejected records are named by their row in the file.
 */
import { t } from '@/lib/core/i18n';
import { describeProblem } from '@/lib/pack/describe-rejection';
import { csvToPack, looksLikeCsv } from '@/lib/pack/import-csv';
import { describeRejection, type Rejection } from '@/lib/pack/parse-pack';
import { readPackFile, readTextFile } from '@/lib/pack/read-pack-file';

/** A file ready for the preview: the pack-shaped JSON, its format, and how to name a rejected record. */
export type ImportFile =
  | { ok: true; json: unknown; format: 'pack' | 'csv'; describe: (r: Rejection) => string }
  | { ok: false; errors: string[] };

/** Reads the picked file's bytes as a JSON pack or, by its name or first line, as OnRecord's CSV. */
export function readImportFile(fileName: string, bytes: ArrayBuffer): ImportFile {
  const read = readTextFile(bytes);
  if (!read.ok) return read;
  if (!looksLikeCsv(fileName, read.text)) {
    const json = readPackFile(read.text);
    return json.ok ? { ok: true, json: json.json, format: 'pack', describe: describeRejection } : json;
  }
  const notGiven = t('csvNotGiven');
  const meta = { name: fileName, author: notGiven, licence: notGiven, date: new Date().toISOString().slice(0, 10) };
  const csv = csvToPack(read.text, meta, 'me');
  if (!csv.ok) return { ok: false, errors: [t('csvMissingColumns', csv.missing.join(', '))] };
  const describe = (r: Rejection) => {
    const line = r.list === 'reviews' ? undefined : csv.lines[r.list][r.index];
    return line === undefined ? describeRejection(r) : `${t('csvRow', line)}: ${describeProblem(r.problem)}`;
  };
  return { ok: true, json: csv.pack, format: 'csv', describe };
}
