import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { isGivenName } from '@/lib/detect/people/given-names';
import { findInstitutions, findOutlets, findSignatures } from '@/lib/detect/people/institutions';
import { useLanguage } from '@/lib/detect/text/language';
import { tokenize } from '@/lib/detect/text/tokens';

afterEach(() => useLanguage('en'));

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('institutions under a lower-case noun', () => {
  it.each([
    ['fr', 'selon le ministère des Affaires étrangères.', 'ministère des Affaires étrangères'],
    ['fr', 'a indiqué la préfecture du Rhône mardi.', 'préfecture du Rhône'],
    ['fr', 'selon le ministère de l’Intérieur, qui', 'ministère de l’Intérieur'],
    ['fr', 'le parquet de Paris. Selon lui', 'parquet de Paris'],
    ['it', 'secondo la procura di Milano, che', 'procura di Milano'],
    ['pt', 'segundo a prefeitura do Recife.', 'prefeitura do Recife'],
  ])('%s: %s', (lang, text, name) => {
    useLanguage(lang);
    expect(findInstitutions(text).map((o) => o.name)).toEqual([name]);
  });

  it.each([
    ['fr', 'le ministère a indiqué mardi'],
    ['fr', 'la mairie de la ville a refusé'],
    ['de', 'das Ministerium des Innern'],
  ])('%s: none in %s', (lang, text) => {
    useLanguage(lang);
    expect(findInstitutions(text)).toEqual([]);
  });
});

describe('outlets named after the noun that says what they are', () => {
  it.each([
    ['fr', 'selon le quotidien Le Figaro, qui', 'Le Figaro'],
    ['cs', 'píše britský deník Daily Mirror.', 'Daily Mirror'],
    ['cs', 'podle serveru Sport.cz je', 'Sport.cz'],
    ['cs', 'uvedl web Claret and Hugh.', 'Claret and Hugh'],
    ['de', 'berichtete die Tageszeitung Neues Blatt am Montag', 'Neues Blatt'],
    ['es', 'según el diario La Voz de Galicia, el', 'La Voz de Galicia'],
  ])('%s: %s', (lang, text, name) => {
    useLanguage(lang);
    expect(findOutlets(text, tokenize(text)).map((o) => o.name)).toEqual([name]);
  });
});

describe('signatures under embedded posts', () => {
  it.each([
    [
      'Big win tonight pic.twitter.com/abc\n\n— Riverside Rovers FC (@RiversideFC) May 2, 2024',
      ['Riverside Rovers FC'],
    ],
    ['Great game.\n\n— Anna Weber (@annaweber) May 2, 2024', []],
    ['A dash — and a (@handle) later', []],
  ])('%s', (text, names) => {
    expect(findSignatures(text, isGivenName).map((o) => o.name)).toEqual(names);
  });
});

describe('an institution or outlet as the source of a quote', () => {
  it.each([
    [
      'fr',
      'Les rescapés sont « les plus éprouvés », selon le ministère des Affaires étrangères.',
      'les plus',
      'ministère des Affaires étrangères',
    ],
    ['fr', '« Aucun blessé », a indiqué la préfecture du Finistère.', 'Aucun', 'préfecture du Finistère'],
    ['cs', '„Byl to jeho nejlepší zápas,“ píše ve svém hodnocení server Kanonýr Online.', 'Byl to', 'Kanonýr Online'],
    ['it', '«Nessun ferito», ha spiegato il quotidiano Gazzetta del Lago.', 'Nessun', 'Gazzetta del Lago'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});
