/**
 * The pack checks write every problem from lib/pack/problems.ts, the one table the import preview words back in
 * the reader's language. A problem typed as a literal elsewhere in lib/pack ("is not …", "has more than …")
 * would reach a French reader in English: this test finds such literals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

/**
 * Files only the publisher's CLI (scripts/pack) runs: their messages are for a publisher at a terminal, in
 * English. The last test fails if extension code starts importing one.
 */
const PUBLISHER_ONLY = ['lib/pack/jsonl-to-pack.ts', 'lib/pack/sign-pack.ts'];

const FILES = readdirSync(join(ROOT, 'lib/pack'))
  .filter((f) => f.endsWith('.ts') && f !== 'problems.ts')
  .map((f) => `lib/pack/${f}`)
  .filter((f) => !PUBLISHER_ONLY.includes(f))
  .sort();

/** Every TypeScript file of the extension itself: what ships to readers. */
function extensionSources(): string[] {
  return ['lib', 'components', 'entrypoints'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(dir, f)),
  );
}

/** String and template literals that read as a problem's words: a verb of the checks and more words after it. */
function problemLiterals(source: string): string[] {
  // Comments quote problems to explain them; only code reaches a reader.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const literals = code.match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g) ?? [];
  return literals
    .map((l) => l.slice(1, -1))
    .filter((text) => /(?:^|\s|\}|:)(?:is|has|contains|nests|relates) [a-z"$]/.test(text));
}

describe('the problem finder', () => {
  it.each([
    ["v.check(isDate, 'is not a date')", ['is not a date']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal.
    ['problems.push(`${where}: key "${key}" is not allowed`)', ['${where}: key "${key}" is not allowed']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal.
    ['v.maxLength(9, `has more than ${n} entries`)', ['has more than ${n} entries']],
  ])('finds the problem in %s', (source, found) => {
    expect(problemLiterals(source)).toEqual(found);
  });

  it.each(["problemText('empty')", "const kind = 'a string';", "t('packProblemMissing')", "'person, organisation'"])(
    'lets %s through',
    (source) => {
      expect(problemLiterals(source)).toEqual([]);
    },
  );
});

describe('lib/pack writes its problems from the table', () => {
  it.each(FILES)('%s types no problem of its own', (file) => {
    expect(problemLiterals(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});

describe('publisher-only files stay out of the extension', () => {
  it.each(PUBLISHER_ONLY)('no extension code imports %s', (file) => {
    const name = file.replace(/^lib\/pack\/|\.ts$/g, '');
    const importers = extensionSources().filter((f) =>
      new RegExp(`from '(?:@/lib/pack/|\\./)${name}'`).test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
