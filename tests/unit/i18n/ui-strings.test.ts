import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUiStrings, needsTranslation } from '@/tests/support/ui-strings';

const ROOT = join(__dirname, '../../..');

function tsxUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => relative(ROOT, join(ROOT, dir, f)));
}

const FILES = [...tsxUnder('components'), ...tsxUnder('entrypoints')].sort();

/** Surfaces whose words are still being moved into the catalogue; each must still have some, or leave the list. */
const PENDING = new Set<string>([]);

describe('the hard-coded string finder', () => {
  it.each([
    ['<p>Save quote</p>', ['Save quote']],
    ['<b title="Close">×</b>', ['Close']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the JSX under test holds a template literal.
    ['<input placeholder={`Search ${x}`} />', ['Search ']],
    ['<p>{ok ? "Saved" : "Not saved"}</p>', ['Saved', 'Not saved']],
    ['<Switch label="On every site" />', ['On every site']],
    ['<p aria-label={on ? t("a") : "Off"} />', ['Off']],
  ])('finds the words in %s', (jsx, texts) => {
    expect(findUiStrings(`const x = 1; export const A = () => ${jsx};`).map((f) => f.text)).toEqual(texts);
  });

  it.each([
    '<p>{t("cardSaidBefore")}</p>',
    '<h1>OnRecord</h1>',
    '<p class="note shortcut">× · — …</p>',
    '<kbd>Esc</kbd>',
    '<div data-testid="card-root" id="card-quote" />',
    '<a href="https://example.org" rel="noopener noreferrer" />',
  ])('lets %s through', (jsx) => {
    expect(findUiStrings(`export const A = () => ${jsx};`)).toEqual([]);
  });

  it.each([
    ['Said before', true],
    ['OnRecord', false],
    ['+3', false],
    ['(Esc)', false],
    ['h3', false],
    ['https://…', false],
  ])('says whether "%s" needs translating: %s', (text, expected) => {
    expect(needsTranslation(text)).toBe(expected);
  });
});

describe('every word a reader sees comes from the catalogue', () => {
  it.each(FILES.filter((f) => !PENDING.has(f)))('%s has no hard-coded UI string', (file) => {
    const found = findUiStrings(readFileSync(join(ROOT, file), 'utf8')).map((f) => `${f.line} [${f.where}] ${f.text}`);
    expect(found).toEqual([]);
  });

  it.each([...PENDING])('%s is still pending (drop it from the list once converted)', (file) => {
    expect(findUiStrings(readFileSync(join(ROOT, file), 'utf8')).length).toBeGreaterThan(0);
  });
});
