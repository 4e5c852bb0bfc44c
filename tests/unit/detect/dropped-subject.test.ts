import { describe, expect, it } from 'vitest';
import { verbGender } from '@/lib/detect/cues/dropped-subject';
import { detect } from '@/lib/detect/index';
import { useLanguage } from '@/lib/detect/text/language';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a cue verb with its subject dropped continues whom the text is about', () => {
  it.each([
    ['cs', 'Tomáš Kubát dorazil na jednání pozdě. „Nic není podepsáno,“ dodal.', 'Nic', 'Tomáš Kubát'],
    ['cs', 'Hana Horká byla zdrženlivá. „Nic není podepsáno,“ dodala.', 'Nic', 'Hana Horká'],
    ['es', 'Lucía Navarro llegó temprano al pleno. “No hay nada firmado”, añadió.', 'No hay', 'Lucía Navarro'],
    ['it', 'Marco Bellini è arrivato in ritardo. «Non c’è niente di firmato», ha aggiunto.', 'Non c', 'Marco Bellini'],
    ['pt', 'Rita Fontes chegou cedo à reunião. “Nada está assinado”, acrescentou.', 'Nada', 'Rita Fontes'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    // The verb's gender says a woman spoke; the only person named is a man.
    ['cs', 'Tomáš Kubát dorazil na jednání pozdě. „Nic není podepsáno,“ dodala.', 'Nic'],
    // Three sentences back is too far for a verb without a subject.
    [
      'es',
      'Lucía Navarro llegó temprano. El pleno empezó a las diez. Hubo tensión en la sala. “No hay nada”, añadió.',
      'No hay',
    ],
    // Nobody is named at all.
    ['it', 'La riunione è finita tardi. «Non c’è niente di firmato», ha aggiunto.', 'Non c'],
  ])('%s: no speaker in %s', (lang, text, words) => {
    expect(speakerOf(text, words, lang)).toBeNull();
  });
});

describe('verbGender', () => {
  it.each([
    ['cs', 'dodal', 'm'],
    ['cs', 'dodala', 'f'],
    ['cs', 'uvedla', 'f'],
    ['cs', 'říká', undefined],
    ['es', 'dijo', undefined],
  ])('%s %s', (lang, word, gender) => {
    useLanguage(lang);
    try {
      expect(verbGender(word)).toBe(gender);
    } finally {
      useLanguage('en');
    }
  });
});

describe('whom the text is about comes before the speaker quoted last', () => {
  it('takes the new subject, not the previous speaker', () => {
    const text =
      '„Stát město nenechá,“ uvedl ministr Ondřej Sedlák. Mluvčí hasičů Marek Vondra popsal noc. „Bylo to těžké,“ dodal.';
    expect(speakerOf(text, 'Bylo', 'cs')).toBe('Marek Vondra');
  });
});
