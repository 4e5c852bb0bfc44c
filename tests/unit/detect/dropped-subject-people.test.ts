import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

// A man quoted first, so that a wrong reading hands the later quotes to him.
const ES = 'El concejal de Obras, Rodrigo Baeza, defendió el plan. “Las obras van a tiempo”, aseguró el edil.\n\n';
const PT = 'O vereador Rui Tavares defendeu o plano. «As obras estão dentro do prazo», garantiu o autarca.\n\n';
const IT = 'L’assessore Marco Bellini ha difeso il piano. «I lavori sono nei tempi», ha assicurato l’assessore.\n\n';

describe('a subjectless cue after a sentence about someone named with an age, a place or a manner', () => {
  it.each([
    [
      'es',
      `${ES}En la vereda Los Alisos, Herminia Cortés, de 72 años, durmió en la escuela. “Se llevó hasta las ollas”, contó.`,
      'Se llevó',
      'Herminia Cortés',
    ],
    [
      'es',
      `${ES}Herminia Cortés, de 72 años, durmió en la escuela. “Se llevó hasta las ollas”, contó entre sollozos.`,
      'Se llevó',
      'Herminia Cortés',
    ],
    [
      'es',
      `${ES}Desde la plaza del pueblo, Anselmo Quiroga, de 80 años, miraba el río. “Nunca lo vi tan alto”, dijo con la voz quebrada.`,
      'Nunca lo',
      'Anselmo Quiroga',
    ],
    [
      'pt',
      `${PT}Na aldeia de Vale Fundo, Custódia Ramos, de 74 anos, passou a noite no telhado. «A água entrou de repente», contou entre lágrimas.`,
      'A água',
      'Custódia Ramos',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});

describe('a word for a person opening the sentence before stands for the one just named, gender fitting', () => {
  it.each([
    [
      'es',
      `${ES}Herminia Cortés, de 72 años, durmió en la escuela. “Se llevó hasta las ollas”, contó. La mujer perdió su huerta. “No nos quedó ni una gallina”, lamentó.`,
      'No nos',
      'Herminia Cortés',
    ],
    [
      'es',
      `${ES}Anselmo Quiroga, de 80 años, vive junto al puente. El anciano no quiso irse. “De aquí no me muevo”, advirtió.`,
      'De aquí',
      'Anselmo Quiroga',
    ],
    // Nobody fits: the man quoted before is never "la mujer".
    ['es', `${ES}La mujer perdió su huerta. “No nos quedó ni una gallina”, lamentó.`, 'No nos', null],
    ['es', `${ES}La vecina cerró su tienda al mediodía. “Así no se puede trabajar”, protestó.`, 'Así no', null],
    ['pt', `${PT}A mulher perdeu a horta. «Não ficou nada», lamentou.`, 'Não ficou', null],
    ['it', `${IT}La donna ha perso l’orto. «Non è rimasto niente», ha raccontato.`, 'Non è', null],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});

describe('a place named after a person, after the cue verb, is where it was said', () => {
  it.each([
    [
      `${ES}La directora del hospital, Inés Carvajal, recibió a los heridos. “Tenemos camas para todos”, afirmó en el hospital Daniel Alcides Carrión.`,
      'Tenemos camas',
      'Inés Carvajal',
    ],
    [
      `${ES}El ministro de Transportes, Julián Pardo, visitó la obra. “Estará lista en marzo”, dijo en la avenida Simón Bolívar.`,
      'Estará lista',
      'Julián Pardo',
    ],
    [
      `${ES}La entrenadora, Paula Iriarte, habló tras el partido. “Merecimos ganar”, sostuvo en el estadio Alejandro Villanueva.`,
      'Merecimos',
      'Paula Iriarte',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'es')).toBe(speaker);
  });
});
