/**
 * A refused file is explained in the reader's language: every bad file of the corpus, picked in the manager of a
 * French, German or Spanish browser, is refused with lines that hold none of the checks' English words. Field
 * names, ids and values stay as the file writes them (they are how the reader finds the place), and so does the
 * browser's own explanation of broken JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { libraryActions } from '@/lib/manager/library-actions';
import { describeError, describeProblem } from '@/lib/pack/describe-rejection';
import { PROBLEMS, type ProblemCode, problemText } from '@/lib/pack/problems';
import { speak, speakEnglish } from '@/tests/support/speak';
import { freshDb } from './helpers';

const DIR = join(process.cwd(), 'tests/fixtures/packs');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.startsWith('accepted-'))
  .sort();
const LANGUAGES = ['fr', 'de', 'es'];

/** Words of the checks' English texts that no other language's line should still hold. */
const ENGLISH =
  /\b(is|not|has|than|the|file|allowed|found|save|levels|entries|records|missing|empty|valid|nests|deeper|used|twice|itself|relates|contains|characters|probably|binary|list|more|and|seems|cut|short|that|was|rejected|this|may|most|reads|real|year|month|years|finite|too|one|of)\b/i;

/** The line without what it quotes (ids, values, format tags), which stays as the file writes it. */
function unquoted(line: string): string {
  return line.replace(/"[^"]*"|«[^»]*»|„[^“]*“|\([^)]*JSON at position[^)]*\)|: [A-Z][^.]*JSON[^.]*\./g, ' ');
}

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await loadStarterPackIfEmpty(db);
});
afterEach(() => {
  speakEnglish();
  db.close();
});

/** Picks a corpus file in the manager, as a reader does; returns the lines of its refusal. */
async function refusal(file: string): Promise<string[]> {
  const actions = libraryActions(
    db,
    async () => undefined,
    () => null,
  );
  const preview = await actions.previewImport(new File([readFileSync(join(DIR, file))], file));
  if (preview.ok) return preview.rejected;
  return preview.errors;
}

describe('a refused file in the reader’s language', () => {
  it.each(LANGUAGES.flatMap((lang) => FILES.map((file) => [lang, file] as const)))('%s: %s', async (lang, file) => {
    const english = await refusal(file);
    speak(lang);
    const lines = await refusal(file);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).not.toEqual(english);
    for (const line of lines) expect(unquoted(line), line).not.toMatch(ENGLISH);
  });
});

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));
const review = feed.dataFeedElement[0].item[0];

/** Fact-check files with items the import leaves out, each for a reason lib/factcheck writes. */
const CLAIM_REVIEWS: [label: string, json: unknown][] = [
  ['the fixture feed (an item without a rating)', feed],
  ['a claim that is not text', [review, { ...review, claimReviewed: { x: 1 } }]],
  ['a fact-checker without a name', [review, { ...review, author: { '@type': 'Organization' } }]],
  ['an item that is not a ClaimReview', [review, { '@type': 'NewsArticle', headline: 'x' }]],
];

describe('fact-check items left out, in the reader’s language', () => {
  it.each(LANGUAGES.flatMap((lang) => CLAIM_REVIEWS.map(([label, json]) => [lang, label, json] as const)))(
    '%s: %s',
    async (lang, _label, json) => {
      const file = new File([JSON.stringify(json)], 'reviews.json');
      const actions = libraryActions(
        db,
        async () => undefined,
        () => null,
      );
      const english = await actions.previewImport(file);
      speak(lang);
      const preview = await actions.previewImport(file);
      if (!preview.ok || !english.ok) throw new Error(`the file was refused: ${JSON.stringify(preview)}`);
      expect(preview.rejected.length).toBeGreaterThan(0);
      expect(preview.rejected).not.toEqual(english.rejected);
      for (const line of preview.rejected) expect(unquoted(line), line).not.toMatch(ENGLISH);
    },
  );
});

/** Example values for each problem's `$n`, of the kind the checks put there. */
const PARAMS: Partial<Record<ProblemCode, (string | number)[]>> = {
  notOneOf: ['person, organisation'],
  tooManyEntries: [200],
  tooManyRecords: ['250,000'],
  wrongKind: ['a list', '"Lee"'],
  format: ['onrecord-pack'],
  version: [1],
  notPackObject: ['a string'],
  keyNotAllowed: ['__proto__'],
  tooDeep: [32],
  usedTwice: ['id', 's-1'],
  noPerson: ['personId', 'p-9'],
  noStatement: ['toId', 's-9'],
  personRejected: ['claimantId', 'p-1'],
  statementRejected: ['fromId', 's-2'],
  fileTooBig: ['120.0 MB', '100.0 MB'],
  fileJson: ['"x"'],
  fileJsonCut: ['"x"'],
  fileNotUtf8: [17],
  more: [12],
};

describe('every problem the checks can write has words in every language', () => {
  const codes = Object.keys(PROBLEMS) as ProblemCode[];
  it.each(LANGUAGES.flatMap((lang) => codes.map((code) => [lang, code] as const)))('%s: %s', (lang, code) => {
    const text = problemText(code, ...(PARAMS[code] ?? []));
    const line = code === 'more' ? text : `pack: ${text}`;
    speak(lang);
    const worded = code === 'more' ? describeError(line) : describeProblem(text);
    expect(worded).not.toBe(text);
    expect(unquoted(worded), worded).not.toMatch(ENGLISH);
    if (code !== 'more') expect(describeError(line)).not.toBe(line);
  });
});
