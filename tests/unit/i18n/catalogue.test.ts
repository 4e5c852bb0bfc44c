import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Catalogue, resolveMessage, t } from '@/lib/core/i18n';

const LOCALES = join(__dirname, '../../../public/_locales');
const read = (lang: string): Catalogue => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const english = read('en');
const languages = readdirSync(LOCALES).filter((l) => l !== 'en');

describe('the message catalogues', () => {
  it('ship English, French, German and Spanish', () => {
    expect(languages.sort()).toEqual(['de', 'es', 'fr']);
  });

  it.each(languages)('%s has every English key and no key English lacks', (lang) => {
    const other = read(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(other)) expect(entry.message.trim(), key).not.toBe('');
  });

  it.each(languages)('%s keeps every placeholder of the English entry', (lang) => {
    const other = read(lang);
    for (const [key, entry] of Object.entries(english)) {
      const uses = (text: string) => [...text.matchAll(/\$(\d|[A-Za-z_]+\$)/g)].map((m) => m[0]).sort();
      expect(uses(other[key]?.message ?? ''), `${lang} ${key}`).toEqual(uses(entry.message));
    }
  });
});

describe('t and resolveMessage', () => {
  it('resolve positional and named placeholders and dollar signs as browsers do', () => {
    const entry = {
      message: '$COUNT$ saved for $$1 under $1',
      placeholders: { count: { content: '$2' } },
    };
    expect(resolveMessage(entry, ['Wang Yi', '4'])).toBe('4 saved for $1 under Wang Yi');
  });

  it('returns the key itself for a missing entry, so it shows on screen', () => {
    expect(t('missingKeyForTest' as never)).toBe('missingKeyForTest');
  });

  it('reads the English catalogue in tests', () => {
    expect(t('extName')).toBe('OnRecord');
    fakeBrowser.reset();
    expect(t('commandNextQuote')).toBe('Go to the next quote and open its card');
  });
});
