import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a lone surname beside a reporting verb of the language is a name', () => {
  it.each([
    ['es', '“No habrá recortes”, ha dicho Sánchez, quien ha añadido que “todo irá bien”.', 'todo', 'Sánchez'],
    ['es', '“No habrá recortes”, sentenció Arrieta.', 'No habrá', 'Arrieta'],
    ['it', '«Nessun taglio», ha ribadito Locatelli.', 'Nessun', 'Locatelli'],
    ['pt', '“Nada muda”, garantiu Figueiredo.', 'Nada', 'Figueiredo'],
    ['cs', '„Nic se nemění,“ zdůraznil Dvořák.', 'Nic', 'Dvořák'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    // A capitalised word after a verb that reports nothing stays nobody.
    ['es', '“No habrá recortes”, llegó Arrieta.', 'No habrá'],
  ])('%s: no speaker in %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang)).toBeNull();
  });
});
