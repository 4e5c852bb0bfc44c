/**
 * A rejected pack record in the reader's words and language: "Statement 3 (id "s-5"): date is not a date…".
 * The record is counted from 1 as a reader counts; the field keeps the file's own name so it can be found.
 */
import { type MessageKey, t } from '@/lib/core/i18n';
import { KINDS, PROBLEMS } from './problems';

/** One problem with one record: which record (so a reader can find it in the file) and what is wrong. */
export interface Rejection {
  list: 'people' | 'statements' | 'relations' | 'reviews';
  index: number;
  /** `people[2] (id "p-wang-yi")`. */
  record: string;
  problem: string;
  /** True when the record itself is fine but points at a record that was rejected. */
  knockOn: boolean;
}

const RECORD_KEY: Record<Rejection['list'], MessageKey> = {
  people: 'packRecordPerson',
  statements: 'packRecordStatement',
  relations: 'packRecordRelation',
  reviews: 'packRecordReview',
};

/** Where a whole-file problem is, as the checks name it (`file: is empty`, `pack: meta is missing`). */
const WHERE_KEY = new Map<string, MessageKey>([
  ['file', 'packWhereFile'],
  ['pack', 'packWherePack'],
]);

/** The record as a reader finds it: "Statement 3 (id "s-5")"; a record named otherwise is kept as it is. */
export function describeRecord(r: Rejection): string {
  const own = /^[a-z]+\[(\d+)\](?: \(id "(.*)"\))?$/s.exec(r.record);
  if (!own || r.index < 0) {
    const where = WHERE_KEY.get(r.record);
    return where ? t(where) : r.record;
  }
  const name = t(RECORD_KEY[r.list], r.index + 1);
  return own[2] === undefined ? name : t('packRecordWithId', [name, own[2]]);
}

/** A problem text in the file's terms parsed back: which entry, the field in front (if any) and the `$n` values. */
interface ParsedProblem {
  key: MessageKey;
  field?: string;
  params: string[];
  kinds: readonly number[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each entry's text as a pattern; one that does not name its field itself may follow one (`date is empty`). */
const PATTERNS = Object.values(PROBLEMS as Record<string, { text: string; key: MessageKey; kinds?: number[] }>).map(
  (entry) => {
    const body = escapeRegExp(entry.text).replace(/\\\$(\d)/g, '(.*?)');
    const named = entry.text.startsWith('$1');
    return { entry, pattern: new RegExp(named ? `^${body}$` : `^(?:(\\S+) )?${body}$`, 's'), named };
  },
);

function parseProblem(problem: string): ParsedProblem | undefined {
  for (const { entry, pattern, named } of PATTERNS) {
    const m = pattern.exec(problem);
    if (!m) continue;
    const [, ...groups] = m;
    const field = named ? undefined : groups.shift();
    return { key: entry.key, field, params: groups.map((g) => g ?? ''), kinds: entry.kinds ?? [] };
  }
  return undefined;
}

/** The problem in the reader's language, or undefined when no check wrote it or there is no catalogue. */
function wordProblem(problem: string): string | undefined {
  const parsed = parseProblem(problem);
  if (!parsed) return undefined;
  const params = parsed.params.map((value, i) => {
    const kind = parsed.kinds.includes(i + 1) ? KINDS.get(value) : undefined;
    return kind ? t(kind) : value;
  });
  const words = t(parsed.key, params);
  if (words === parsed.key) return undefined;
  return parsed.field === undefined ? words : `${parsed.field} ${words}`;
}

/** A problem in the reader's language when the checks wrote it (lib/pack/problems.ts), the field name kept. */
export function describeProblem(problem: string): string {
  return wordProblem(problem) ?? problem;
}

/**
 * A rejection as one line for the import preview and the refusal of a whole pack. Outside the extension (a
 * script checking a pack) there is no catalogue: the line is then the file's own terms, "statements[2] …".
 */
export function describeRejection(r: Rejection): string {
  const line = t('packRejection', [describeRecord(r), describeProblem(r.problem)]);
  return line === 'packRejection' ? `${r.record}: ${r.problem}` : line;
}

/**
 * One line of a refused file (the file unreadable, the envelope broken, a forbidden key) in the reader's
 * language; a line already worded, or one no check wrote, is kept as it is. Without a catalogue (a script) the
 * line stays in the file's own terms.
 */
export function describeError(line: string): string {
  const whole = wordProblem(line);
  if (whole !== undefined && !line.includes(': ')) return whole;
  const m = /^(\S+): (.*)$/s.exec(line);
  const worded = m ? wordProblem(m[2] ?? '') : undefined;
  if (!m || worded === undefined) return line;
  const whereKey = WHERE_KEY.get(m[1] ?? '');
  return t('packRejection', [whereKey ? t(whereKey) : (m[1] ?? ''), worded]);
}
