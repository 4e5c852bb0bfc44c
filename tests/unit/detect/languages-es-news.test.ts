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

describe('Spanish subjects that are not the name next to the verb', () => {
  it.each([
    [
      'fuentes del ministerio name nobody',
      `${ES} Fuentes del Ministerio de Sanidad han explicado que el plan está «prácticamente listo».`,
      'prácticamente',
      null,
    ],
    [
      'fuentes of a body whose name holds "y"',
      `${ES} Fuentes de la Consejería de Educación y Cultura han confirmado que el curso empezará «con normalidad».`,
      'con normalidad',
      null,
    ],
    [
      'an unnamed title of a body',
      `${ES} El director del Hospital General ha asegurado que la planta «volverá a abrir en marzo».`,
      'volverá',
      null,
    ],
    [
      'a title of a body, held by someone named earlier',
      'El presidente del Gobierno, Andrés Calvo, viajó a Lisboa. El presidente del Gobierno pide a los partidos «responsabilidad» con el presupuesto.',
      'responsabilidad',
      'Andrés Calvo',
    ],
    [
      'the party in apposition does not speak',
      'El senador Mauricio Ríos, del Partido Liberal, calificó la ley de «un error histórico».',
      'un error',
      'Mauricio Ríos',
    ],
    [
      'a spokeswoman of a party, then a dropped subject',
      'La portavoz de Unidad Vecinal, Nuria Soto, ha pedido más plazo. «No se puede votar así», ha añadido.',
      'No se puede',
      'Nuria Soto',
    ],
    [
      'según with a possessive is the subject reckoning',
      'Pablo Herrero ha defendido que la medida ayudará a «más de diez mil familias» que, según sus cálculos, no llegan a fin de mes.',
      'más de diez',
      'Pablo Herrero',
    ],
    [
      'a common-noun subject, and a name hanging off "de"',
      `${ES} El sindicato anunció que recurrirá la sanción de Pablo Herrero por considerar que fue «injusta».`,
      'injusta',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish titles used in turn for one person', () => {
  it.each([
    [
      'el técnico for the coach named as entrenador',
      'El entrenador del Real Ávila, Jon Ibarra, estaba satisfecho. «Hemos competido muy bien», admitió el técnico.',
      'Hemos competido',
      'Jon Ibarra',
    ],
    [
      'el técnico is the coach named last',
      'El entrenador del Real Ávila, Jon Ibarra, habló primero. El entrenador del Deportivo Soria, Raúl Soto, fue más crítico. «No hemos existido», admitió el técnico.',
      'No hemos',
      'Raúl Soto',
    ],
    [
      'la funcionaria for a minister',
      'La ministra de Trabajo, Elena Ramos, presentó el plan. «Nadie quedará fuera», indicó la funcionaria.',
      'Nadie',
      'Elena Ramos',
    ],
    [
      'el mandatario is the president, not the mayor quoted since',
      'El presidente del país, Andrés Calvo, habló por la mañana. La alcaldesa de Lima, Rosa Pardo, dijo que la ciudad está lista. «Todo está sobre la mesa», respondió el mandatario.',
      'Todo está',
      'Andrés Calvo',
    ],
    [
      'el jefe del Ejecutivo for the prime minister',
      'El presidente del Gobierno, Andrés Calvo, recibió a los alcaldes. «No habrá recortes», ha afirmado el jefe del Ejecutivo.',
      'No habrá',
      'Andrés Calvo',
    ],
    [
      'el congresista for a senator',
      'El senador Mauricio Ríos votó en contra. «Nos han ocultado las cifras», afirmó el congresista.',
      'Nos han',
      'Mauricio Ríos',
    ],
    [
      'no one of that title was named',
      'El alcalde Pedro Gil inauguró el puente. «Ha sido un año duro», reconoció el entrenador.',
      'Ha sido',
      null,
    ],
    [
      'the gender must agree',
      'La ministra de Trabajo, Elena Ramos, presentó el plan. «Nadie quedará fuera», indicó el funcionario.',
      'Nadie',
      null,
    ],
    [
      'el jefe of something else is not the president',
      'El presidente del Gobierno, Andrés Calvo, recibió a los alcaldes. «No habrá detenidos», ha afirmado el jefe de la Policía.',
      'No habrá',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish dash inserts inside a quote', () => {
  it.each([
    [
      'a surname in the insert',
      'El ministro de Hacienda, Pablo Herrero, presentó el presupuesto. «Los precios bajarán —dijo Herrero—, pero no antes del verano».',
      'Los precios',
      'Pablo Herrero',
    ],
    [
      'a title in the insert',
      'El presidente Andrés Calvo habló en la radio. “Los embalses están al 28 por ciento —dijo el mandatario—, y si no llueve estaremos por debajo del 20”.',
      'Los embalses',
      'Andrés Calvo',
    ],
    [
      'the insert names someone other than the last person named',
      'La alcaldesa Rosa Pardo visitó el barrio. El ministro Pablo Herrero la acompañó. “La ciudad está preparada —aseguró Pardo— para lo peor”.',
      'La ciudad',
      'Rosa Pardo',
    ],
    [
      'an insert naming nobody',
      'La alcaldesa Rosa Pardo visitó el barrio. “La ciudad está preparada —aseguró un vecino— para lo peor”.',
      'La ciudad',
      null,
    ],
    [
      'an aside without a reporting verb is the speaker own',
      'El ministro Pablo Herrero habló. «La ciudad —y esto es lo grave— no está preparada», dijo Herrero.',
      'La ciudad',
      'Pablo Herrero',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('labelled facts are not speaker turns', () => {
  it('reads a match box of labels, each used once, as no quotes', () => {
    const text = [
      'El Real Ávila ganó con un gol de Jon Ibarra, que fue el mejor. Raúl Soto falló un penalti.',
      'Real Ávila: Gómez; Soto, Ruiz, Gil; Ibarra y Pardo.',
      'Goles: 1-0, min. 12: Jon Ibarra.',
      'Árbitro: Pérez Llorente. Amonestó a Soto.',
      'Ibarra: Muy activo en la primera parte.',
    ].join('\n');
    expect(detect(text, { lang: 'es' }).quotes.filter((q) => q.kind === 'block')).toEqual([]);
  });

  it('still reads an interview in name turns, where a speaker comes back', () => {
    const text = [
      'Marta Gil dirige el museo desde 2019. Habló con Pedro Soto.',
      'PEDRO SOTO: ¿Cuántos visitantes tienen?',
      'MARTA GIL: Unos cien mil al año. Queremos más.',
      'SOTO: ¿Y el presupuesto?',
      'GIL: No llega para abrir los lunes.',
    ].join('\n');
    expect(speakerOf(text, 'No llega')).toBe('Marta Gil');
  });
});
