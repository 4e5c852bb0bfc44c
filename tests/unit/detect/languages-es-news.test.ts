import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in `text`, read as a Spanish page; undefined when no quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'es' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

const ES = 'El consejero de Sanidad, Pablo Herrero, se reunió el lunes con la alcaldesa Carmen Ruiz.';

describe('Spanish cues in the perfect and the preterite', () => {
  it.each([
    [
      'ha añadido with the subject dropped',
      `${ES} «Las obras acabarán en junio», ha asegurado Pablo Herrero. «No habrá más retrasos», ha añadido.`,
      'No habrá',
      'Pablo Herrero',
    ],
    [
      'ha advertido de que, an association speaking',
      `${ES} La Asociación de Familias ha advertido de que las familias pagarán «mucho más» por el agua.`,
      'mucho más',
      'Asociación de Familias',
    ],
    [
      'ha defendido que',
      `${ES} Pablo Herrero ha defendido que la reforma «no costará un euro más» a las familias.`,
      'no costará',
      'Pablo Herrero',
    ],
    [
      'contó after the quote',
      `${ES} «Aquí no llega nadie desde hace un mes», contó Lucía Méndez, vecina del barrio.`,
      'Aquí no',
      'Lucía Méndez',
    ],
    ['recordó after the quote', `${ES} «Ya lo advertimos en 2019», recordó Carmen Ruiz.`, 'Ya lo', 'Carmen Ruiz'],
    [
      'ha insistido after the quote',
      `${ES} «El dinero está comprometido», ha insistido Pablo Herrero ante los periodistas.`,
      'El dinero',
      'Pablo Herrero',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('reads a crosshead in capitals as words, not as an organisation speaking', () => {
    const text = `${ES} El plan con los sindicatos está cerca.\n\nEL PLAN, «A PUNTO DE CERRARSE»\n\nLa negociación sigue el jueves.`;
    expect(speakerOf(text, 'A PUNTO')).toBeNull();
    expect(detect(text, { lang: 'es' }).people.map((p) => p.name)).not.toContain('PLAN');
  });
});
