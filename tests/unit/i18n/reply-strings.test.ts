import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReplyStrings } from '@/tests/support/reply-strings';

const ROOT = join(__dirname, '../../..');

function tsUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => relative(ROOT, join(ROOT, dir, f)));
}

/** Where a reply, a suggestion's reason or a write failure a reader sees is made. */
const FILES = [
  ...tsUnder('lib/background'),
  ...tsUnder('lib/match'),
  ...tsUnder('components/card'),
  'lib/db/errors.ts',
  // Failed writes the manager and the card show (wrapped in writeErrorNotSaved).
  'lib/db/repos-curation.ts',
  'lib/db/repos-reviews.ts',
  'lib/db/repos-suggest.ts',
  'lib/db/trash.ts',
  'lib/pack/describe-rejection.ts',
].sort();

/**
 * Replies no reader sees: refusals of a malformed message from another part of the extension, logged for
 * whoever reads the console. Each line names file and text so a new one is a choice, not an accident.
 */
const NOT_FOR_READERS = new Set<string>([
  // A page's content script asking to remember quotes on a site the reader did not opt in: refused, unseen.
  'lib/background/save-handlers.ts: quotes are not remembered on this site',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal as it stands in the source.
  'lib/background/panel-actions.ts: not a panel action: ${String(m?.type)}',
]);

describe('the reply string finder', () => {
  it.each([
    ["return { ok: false, error: 'that person is gone' };", ['that person is gone']],
    ['x = { reason: "Both speak of it" };', ['Both speak of it']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal.
    ['throw new Error(`not saved: ${detail}`);', ['not saved: ${detail}']],
  ])('finds the words in %s', (source, texts) => {
    expect(findReplyStrings(source).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    "return { error: t('cardPersonGone') };",
    "x = { reason: 'install' };",
    "x = { error: 'no-speaker' };",
    'x = { error: error.message };',
  ])('lets %s through', (source) => {
    expect(findReplyStrings(source)).toEqual([]);
  });
});

describe('replies a reader sees come from the catalogue', () => {
  it.each(FILES)('%s writes no English into a reply', (file) => {
    const found = findReplyStrings(readFileSync(join(ROOT, file), 'utf8'))
      .map((f) => `${file}: ${f.text}`)
      .filter((f) => !NOT_FOR_READERS.has(f));
    expect(found).toEqual([]);
  });
});
