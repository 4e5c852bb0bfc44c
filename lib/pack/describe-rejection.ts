/**
 * A rejected pack record in the reader's words and language: "Statement 3 (id "s-5"): date is not a date…".
 * The record is counted from 1 as a reader counts; the field keeps the file's own name so it can be found.
 */
import { type MessageKey, t } from '@/lib/core/i18n';

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

/** The schema's problem texts (lib/pack/pack-schema.ts) with the catalogue key that words each. */
const PROBLEM_KEY: [string, MessageKey][] = [
  ['is missing', 'packProblemMissing'],
  ['is empty', 'packProblemEmpty'],
  ['is too long', 'packProblemTooLong'],
  ['is not an ISO date (a real year, month or day in the years 1000–9999)', 'packProblemDate'],
  ['is not a URL', 'packProblemUrl'],
  ['is not an http(s) link', 'packProblemWebLink'],
];

/** The record as a reader finds it: "Statement 3 (id "s-5")"; a record named otherwise is kept as it is. */
export function describeRecord(r: Rejection): string {
  const own = /^[a-z]+\[(\d+)\](?: \(id "(.*)"\))?$/s.exec(r.record);
  if (!own || r.index < 0) return r.record;
  const name = t(RECORD_KEY[r.list], r.index + 1);
  return own[2] === undefined ? name : t('packRecordWithId', [name, own[2]]);
}

/** The link problems lib/pack/parse-pack.ts writes ("personId "p-9" is not a person in this pack"). */
const LINK_PROBLEMS: [RegExp, (what: string) => MessageKey][] = [
  [/^(\S+) "(.*)" is used twice$/s, () => 'packProblemUsedTwice'],
  [
    /^(\S+) "(.*)" is not a (person|statement) in this pack$/s,
    (what) => (what === 'person' ? 'packProblemNoPerson' : 'packProblemNoStatement'),
  ],
  [
    /^(\S+) "(.*)" is a (person|statement) that was rejected$/s,
    (what) => (what === 'person' ? 'packProblemPersonRejected' : 'packProblemStatementRejected'),
  ],
];

/** A problem in the reader's language when the schema or the link check wrote it, the field name kept. */
export function describeProblem(problem: string): string {
  for (const [pattern, keyOf] of LINK_PROBLEMS) {
    const m = pattern.exec(problem);
    if (m) return t(keyOf(m[3] ?? ''), [m[1] ?? '', m[2] ?? '']);
  }
  for (const [text, key] of PROBLEM_KEY) {
    if (problem === text) return t(key);
    if (problem.endsWith(` ${text}`)) return `${problem.slice(0, -text.length - 1)} ${t(key)}`;
  }
  return problem;
}

/**
 * A rejection as one line for the import preview and the refusal of a whole pack. Outside the extension (a
 * script checking a pack) there is no catalogue: the line is then the file's own terms, "statements[2] …".
 */
export function describeRejection(r: Rejection): string {
  const line = t('packRejection', [describeRecord(r), describeProblem(r.problem)]);
  return line === 'packRejection' ? `${r.record}: ${r.problem}` : line;
}
