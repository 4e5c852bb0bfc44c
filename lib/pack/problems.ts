/**
 * Every problem the pack checks can find, by code: its text in the file's own terms (English, what scripts and
 * logs read, with `$1`… for what it names) and the catalogue key that words it for a reader. The checks write
 * problems with `problemText`; the preview words them back with `describeProblem`, so the two cannot drift.
 */
import type { MessageKey } from '@/lib/core/i18n';

/** One problem: its text in the file's terms, its catalogue key, and which `$n` name a kind of value. */
interface ProblemEntry {
  text: string;
  key: MessageKey;
  /** Positions (1-based) of parameters that are kinds of value ("text", "a list"), worded too. */
  kinds?: number[];
}

/** The problems, by code. A text starting with `$1` names its field itself and takes no field in front. */
export const PROBLEMS = {
  missing: { text: 'is missing', key: 'packProblemMissing' },
  empty: { text: 'is empty', key: 'packProblemEmpty' },
  tooLong: { text: 'is too long', key: 'packProblemTooLong' },
  date: { text: 'is not an ISO date (a real year, month or day in the years 1000–9999)', key: 'packProblemDate' },
  url: { text: 'is not a URL', key: 'packProblemUrl' },
  webLink: { text: 'is not an http(s) link', key: 'packProblemWebLink' },
  notOneOf: { text: 'is not one of $1', key: 'packProblemNotOneOf' },
  tooManyEntries: { text: 'has more than $1 entries', key: 'packProblemTooManyEntries' },
  tooManyRecords: { text: 'has more than $1 records', key: 'packProblemTooManyRecords' },
  notFinite: { text: 'is not a finite number', key: 'packProblemNotFinite' },
  notList: { text: 'is not a list', key: 'packProblemNotList' },
  wrongKind: { text: 'is not $1 (found $2)', key: 'packProblemWrongKind', kinds: [1] },
  format: { text: 'is not "$1"', key: 'packProblemFormat' },
  version: { text: 'is not $1 (this version of OnRecord reads version $1)', key: 'packProblemVersion' },
  notPackObject: {
    text: 'is $1, not a JSON object with format "onrecord-pack"',
    key: 'packProblemNotObject',
    kinds: [1],
  },
  selfRelation: { text: 'relates a statement to itself', key: 'packProblemSelfRelation' },
  keyNotAllowed: { text: 'key "$1" is not allowed', key: 'packProblemKeyNotAllowed' },
  tooDeep: { text: 'nests deeper than $1 levels', key: 'packProblemTooDeep' },
  usedTwice: { text: '$1 "$2" is used twice', key: 'packProblemUsedTwice' },
  noPerson: { text: '$1 "$2" is not a person in this pack', key: 'packProblemNoPerson' },
  noStatement: { text: '$1 "$2" is not a statement in this pack', key: 'packProblemNoStatement' },
  personRejected: { text: '$1 "$2" is a person that was rejected', key: 'packProblemPersonRejected' },
  statementRejected: { text: '$1 "$2" is a statement that was rejected', key: 'packProblemStatementRejected' },
  fileTooBig: { text: 'is $1; a pack may be at most $2', key: 'packFileTooBig' },
  fileNul: { text: 'contains NUL characters: it is probably UTF-16 or binary, not UTF-8 text', key: 'packFileNul' },
  fileHtml: { text: 'is HTML or XML, not a JSON pack (was a web page saved instead?)', key: 'packFileHtml' },
  // Before fileJson, whose pattern would also take this text.
  fileJsonCut: { text: 'is not valid JSON: $1. The file seems cut short.', key: 'packFileJsonCut' },
  fileJson: { text: 'is not valid JSON: $1.', key: 'packFileJson' },
  fileUtf32: { text: 'is UTF-32 text; save it as UTF-8', key: 'packFileUtf32' },
  fileUtf16: { text: 'is UTF-16 text; save it as UTF-8', key: 'packFileUtf16' },
  fileNotUtf8: {
    text: 'is not UTF-8 text (the first bad byte is at offset $1); save it as UTF-8',
    key: 'packFileNotUtf8',
  },
  more: { text: '... and $1 more', key: 'packMoreProblems' },
  spacesAtEnds: { text: 'has spaces at its ends', key: 'packProblemSpacesAtEnds' },
  // Written by lib/factcheck when a ClaimReview file is read as a pack (lib/pack/import-input.ts).
  notText: { text: 'is not text', key: 'packProblemNotText' },
  notClaimReview: { text: 'is not a ClaimReview', key: 'packProblemNotClaimReview' },
  reviewerNoName: { text: 'author (the fact-checker) has no name', key: 'packProblemReviewerNoName' },
} as const satisfies Record<string, ProblemEntry>;

/** A problem's code. */
export type ProblemCode = keyof typeof PROBLEMS;

/** Kinds of value a problem can name, in the file's terms, with the key that words each. */
export const KINDS = new Map<string, MessageKey>([
  ['text', 'packKindText'],
  ['a string', 'packKindText'],
  ['a list', 'packKindList'],
  ['an object', 'packKindObject'],
  ['a number', 'packKindNumber'],
  ['a boolean', 'packKindBoolean'],
  ['null', 'packKindNull'],
]);

/** The problem in the file's own terms: what the checks record, and what a script or a log shows. */
export function problemText(code: ProblemCode, ...params: (string | number)[]): string {
  return PROBLEMS[code].text.replace(/\$(\d)/g, (_, n: string) => String(params[Number(n) - 1] ?? ''));
}
