import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in `text`, read as a Spanish page; undefined when none. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'es' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('Spanish inverted perfect-tense cues: title, name in apposition, then a trailing phrase', () => {
  it.each([
    [
      'the head of government, then where it was said',
      '“No habrá subida del IVA este año”, ha afirmado el presidente del Gobierno, Julián Armenteros, en la rueda de prensa posterior al Consejo de Ministros.',
      'No habrá subida',
      'Julián Armenteros',
    ],
    [
      'a union leader with the body’s acronym, then a relative clause',
      '«Los salarios tienen que recuperar lo perdido», ha declarado la secretaria general de la Federación Estatal de Servicios Públicos (FESP), Pilar Ordóñez, que ha convocado movilizaciones para octubre.',
      'Los salarios',
      'Pilar Ordóñez',
    ],
    [
      'a regional minister, then when',
      '“El hospital abrirá en primavera”, ha asegurado el consejero de Sanidad de la Junta, Rubén Oliveros, este lunes en Valladolid.',
      'El hospital abrirá',
      'Rubén Oliveros',
    ],
    [
      'a title with a qualifier and the chamber it belongs to',
      '“Vamos a votar en contra”, ha anunciado el portavoz adjunto del Grupo Parlamentario Vasco, Iker Zubeldia, a su llegada al Congreso.',
      'Vamos a votar',
      'Iker Zubeldia',
    ],
    [
      'a preterite cue in the same shape',
      '“La depuradora no se va a privatizar”, afirmó la alcaldesa de Getafe, Nuria Salcedo, durante el pleno.',
      'La depuradora',
      'Nuria Salcedo',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('a title whose holder is not named in apposition is nobody named', () => {
    const text =
      'La ministra Elena Casado visitó la planta. “No habrá despidos”, ha afirmado el presidente del comité de empresa en la puerta de la fábrica.';
    expect(speakerOf(text, 'No habrá despidos')).toBeNull();
  });
});

describe('Spanish subject-dropped cues after a sentence whose subject is a description', () => {
  const cast =
    'El presidente del Gobierno, Julián Armenteros, ha comparecido tras el Consejo de Ministros. La ministra de Hacienda, Sofía Llamas, ha detallado las cifras.';
  it.each([
    [
      'the minister named before, then "La ministra ha recordado"',
      `${cast} La ministra ha recordado que el déficit bajará. “Cumpliremos con Bruselas”, ha añadido.`,
      'Cumpliremos',
      'Sofía Llamas',
    ],
    [
      'the president after a fronted participle, another person named last',
      `${cast} “Las cuentas cuadran”, ha asegurado Llamas. Preguntado por la prórroga de las cuentas, el presidente del Gobierno ha evitado dar fechas. “Cada grupo tendrá que retratarse”, ha zanjado.`,
      'Cada grupo',
      'Julián Armenteros',
    ],
    [
      'the president opening the sentence with no fronted phrase',
      `${cast} “Las cuentas cuadran”, ha asegurado Llamas. El presidente del Gobierno ha rehusado concretar. “Ya lo verán en octubre”, ha sentenciado.`,
      'Ya lo verán',
      'Julián Armenteros',
    ],
    [
      'a Chilean mayor called "la jefa comunal"',
      'La alcaldesa de Temuco, Rosa Catrileo, llegó al sector. El gerente de la sanitaria, Hugo Marín, habló después. La jefa comunal anunció un reclamo. “No es la primera vez que pasa”, comentó a este medio.',
      'No es la primera',
      'Rosa Catrileo',
    ],
    [
      'the mayor again as "la autoridad comunal", after a quote of someone else',
      'El alcalde de Osorno, Pedro Huenchul, recorrió la zona. “Pedimos disculpas”, dijo el gerente de la empresa, Hugo Marín. La autoridad comunal añadió que el municipio evalúa una demanda. “Vamos a llegar hasta el final”, remarcó.',
      'Vamos a llegar',
      'Pedro Huenchul',
    ],
    [
      'the delegate named after his title, past "Desde … en tanto,"',
      'El gerente, Hugo Marín, pidió paciencia. Desde la Delegación Presidencial, en tanto, el delegado Óscar Millar informó que habrá agua embotellada. “Lo primero son los adultos mayores”, detalló.',
      'Lo primero',
      'Óscar Millar',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a title two people hold',
      'El presidente del Gobierno, Julián Armenteros, compareció. El presidente de la patronal, Gonzalo Ortiz, pidió prudencia. Preguntado por la reforma, el presidente ha evitado comprometerse. “Ya veremos”, ha zanjado.',
      'Ya veremos',
    ],
    [
      'a title nobody named holds',
      `${cast} “Las cuentas cuadran”, ha asegurado Llamas. Preguntado por la prórroga, el vicepresidente primero ha evitado dar fechas. “Ya veremos”, ha zanjado.`,
      'Ya veremos',
    ],
  ])('%s: nobody named, never the person named last', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('Spanish cues followed only by where the words were said', () => {
  const lead =
    'Su portavoz económico en el Congreso, Ignacio Olmedo, ha calificado el límite de gasto de “ficción contable”.';
  it.each([
    ['the chamber’s corridors', `${lead} “No se lo cree nadie”, ha declarado en los pasillos de la Cámara.`],
    ['a city', `${lead} “No se lo cree nadie”, ha dicho en Sevilla.`],
    ['a building with its article', `${lead} “No se lo cree nadie”, ha insistido a las puertas de La Moncloa.`],
    [
      'a broadcaster named after a preposition',
      `${lead} “No se lo cree nadie”, ha afirmado en una entrevista en Onda Sur.`,
    ],
  ])('%s: the subject of the sentence before', (_name, text) => {
    expect(speakerOf(text, 'No se lo cree')).toBe('Ignacio Olmedo');
  });

  it('a person named after the place is the speaker placed last', () => {
    expect(speakerOf('“No se lo cree nadie”, dijo ayer en el Senado la portavoz Marta Ibáñez.', 'No se lo cree')).toBe(
      'Marta Ibáñez',
    );
  });
});

describe('Spanish fronted phrases before the subject', () => {
  it.each([
    [
      'a statement after a named meeting, the employers’ body as a description',
      'La ministra Sofía Llamas presentó el plan. En un comunicado difundido tras el Consejo de Ministros, la patronal ha advertido de que la ley “llega tarde y mal”.',
      'llega tarde',
    ],
    [
      'an interview on a named station, an unnamed mayor',
      'En declaraciones a Radio Litoral, el alcalde ha asegurado que la obra “estará lista en junio”.',
      'estará lista',
    ],
    [
      'a participle naming the chamber, an unnamed spokeswoman',
      'Preguntada por la reforma en el Senado, la portavoz ha respondido que el texto “no se toca”.',
      'no se toca',
    ],
    [
      'a meeting with a named minister, the union as a description',
      'Tras reunirse con la ministra Sofía Llamas, el sindicato ha calificado la propuesta de “insuficiente”.',
      'insuficiente',
    ],
  ])('%s: nobody named, not the name in the fronted phrase', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    [
      'a title with its holder named before',
      'La ministra de Trabajo, Ana Lozano, viajó a Bruselas. Durante su intervención ante el Consejo Europeo, la ministra ha defendido que la ley “protege a los más vulnerables”.',
      'protege a los',
      'Ana Lozano',
    ],
    [
      'a named subject after the fronted phrase',
      'Tras reunirse con Sofía Llamas en la sede del ministerio, el presidente de la patronal, Gonzalo Ortiz, ha pedido “prudencia” al Gobierno.',
      'prudencia',
      'Gonzalo Ortiz',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish relative clauses around a cue', () => {
  it.each([
    [
      'a partial in the relative clause after an inverted cue',
      'La ministra Ana Lozano habló primero. “Es un buen día”, ha celebrado la secretaria general del sindicato, Rocío Almansa, que ha anunciado que estará “vigilante”.',
      'vigilante',
      'Rocío Almansa',
    ],
    [
      'past a complement naming the senator’s bloc',
      '“No lo vamos a acompañar”, disparó la senadora Elvira Quiroga, del bloque Frente Cívico, que calificó el proyecto de “ajuste con moño”.',
      'ajuste con moño',
      'Elvira Quiroga',
    ],
    [
      'a title the text gave the coach, then a colon lead-in',
      'El entrenador del Arenal, Sebas Toledo, habló al final. "No hemos existido", admitió el técnico andaluz, que defendió al árbitro: "El agarrón es claro".',
      'El agarrón',
      'Sebas Toledo',
    ],
    [
      'a relative after an inverted cue naming the speaker by what he is',
      'El gerente de Aguas del Valle, Tomás Rivas, reconoció el retraso. “La tubería está muy honda”, señaló el ejecutivo, quien se comprometió a reponer el agua “antes del sábado”.',
      'antes del sábado',
      'Tomás Rivas',
    ],
    [
      'a relative after an inverted cue with a title',
      'La ministra de Vivienda, Ana Lozano, y el alcalde Pedro Huenchul visitaron la obra. “Cumpliremos los plazos”, dijo la ministra, que prometió los fondos “sin recortes”.',
      'sin recortes',
      'Ana Lozano',
    ],
    [
      'a relative with "quien"',
      'El alcalde Pedro Huenchul llegó al sector. La seremi Javiera Molina, quien recorrió el sector con Huenchul, aseguró que el agua “volverá mañana”.',
      'volverá mañana',
      'Javiera Molina',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a body not named as a speaker, a name inside its relative clause',
      'El organismo fiscal independiente, que la semana pasada citó al ministro Andrés Vidal, considera que el límite es “coherente”.',
      'coherente',
    ],
    [
      'a second cue joined by "aunque"',
      'El banco central, que esta semana recibió a Andrés Vidal, considera que el plan es “coherente”, aunque advierte de que las previsiones de Vidal son “optimistas”.',
      'optimistas',
    ],
  ])('%s: nobody named, never the name inside the clause', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('Spanish sentences opening on whose view they give', () => {
  const lead = 'El delegado Óscar Millar pidió calma. “Habrá agua para todos”, detalló.';
  it.each([
    ['a su juicio', 'A su juicio'],
    ['en su opinión', 'En su opinión'],
    ['a su entender', 'A su entender'],
  ])('"%s": the subject of the sentence before, then a dropped-subject cue', (_name, opener) => {
    const text = `${lead} La concejala Elisa Toro (PS) fue más dura. ${opener}, la avería “era previsible”, porque la red es antigua. “Alguien tiene que responder”, manifestó.`;
    expect(speakerOf(text, 'era previsible')).toBe('Elisa Toro');
    expect(speakerOf(text, 'Alguien tiene')).toBe('Elisa Toro');
  });

  it('a sentence before that opens on no one named: nobody named', () => {
    const text = `${lead} La oposición fue más dura. A su juicio, la avería “era previsible”.`;
    expect(speakerOf(text, 'era previsible')).toBeNull();
  });
});

describe('Spanish words for what a speaker is, after a cue verb', () => {
  it.each([
    [
      'the executive named with his title in the sentence before',
      'El gerente regional de Aguas del Valle, Tomás Rivas, reconoció que la obra se atrasó. “No es una reparación de una tarde”, señaló el ejecutivo.',
      'No es una reparación',
      'Tomás Rivas',
    ],
    [
      'the official in a dash insert, after a fronted phrase',
      'En conversación con Radio Austral, la seremi de Salud, Javiera Molina, confirmó la fiscalización. “Un colegio sin agua no puede funcionar —precisó la autoridad—. Mañana decidiremos”.',
      'Un colegio sin agua',
      'Javiera Molina',
    ],
    [
      'a name opening the sentence before',
      'Tomás Rivas reconoció que la obra se atrasó. “No es una reparación de una tarde”, señaló el ejecutivo.',
      'No es una reparación',
      'Tomás Rivas',
    ],
    [
      'the sentence before about something else',
      'Tomás Rivas habló por la mañana. La obra se atrasó por la lluvia. “No es una reparación de una tarde”, señaló el ejecutivo.',
      'No es una reparación',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish subjects past a relative clause naming someone else, and "el titular de"', () => {
  const cast =
    'El ministro del Interior, Héctor Valdés, ha presentado el balance. La portavoz del PP, Ester Lobato, lo ha criticado.';
  it.each([
    [
      'a body whose head a relative clause names',
      'La organización que preside Antonio Garrido ha advertido de que la medida “pone en riesgo el empleo”.',
      'pone en riesgo',
      null,
    ],
    [
      'the same after a fronted phrase',
      'A través de un comunicado, la asociación que dirige Marta Pons ha pedido “más medios”.',
      'más medios',
      null,
    ],
    [
      '"el titular de Interior" for the minister, another person named last',
      `${cast} Horas después, el titular de Interior ha defendido la gestión. “Los datos son los mejores de la serie”, ha remachado.`,
      'Los datos',
      'Héctor Valdés',
    ],
    [
      '"el ministro" after a fronted phrase',
      `${cast} Durante la sesión de control, el ministro ha defendido la gestión. “Los datos son los mejores de la serie”, ha zanjado.`,
      'Los datos',
      'Héctor Valdés',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Mexican and Chilean words for a mayor after a cue', () => {
  const lead = 'El alcalde de Cholula, Jorge Medina Ríos, recorrió la colonia.';
  it.each([
    ['"el edil" right after the mayor', `${lead} “Vamos a repavimentar todo”, indicó el edil.`, 'Jorge Medina Ríos'],
    [
      '"el edil" in a dash insert, a councilwoman named in between',
      `${lead} La regidora Ana Soto lo acompañó. “Vamos a repavimentar todo —aseguró el edil—, pero no este año”.`,
      'Jorge Medina Ríos',
    ],
    [
      '"el jefe comunal" with no mayor named',
      'La regidora Ana Soto recorrió la colonia. “Vamos a repavimentar todo”, indicó el jefe comunal.',
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text, 'Vamos a repavimentar')).toBe(speaker);
  });

  it('a name set off after the words is the speaker', () => {
    const text = '“Es temporal”, expresó el presidente municipal, Jorge Medina, ante los vecinos.';
    expect(speakerOf(text, 'Es temporal')).toBe('Jorge Medina');
  });
});

describe('Spanish plural subjectless cues and titles of a named body', () => {
  it.each([
    [
      'sources, then a plural perfect',
      'Según fuentes de Moncloa, el presidente Pedro Almagro no asistirá. “Tiene agenda en Bruselas”, han explicado.',
      'Tiene agenda',
    ],
    [
      'a plural preterite after a named person',
      'El ministro Pedro Almagro no asistió. Sus colaboradores dieron explicaciones. “Tenía agenda en Bruselas”, explicaron.',
      'Tenía agenda',
    ],
    [
      'a fronted phrase, then a spokeswoman of a named body nobody holds',
      'El portavoz de Esquerra, Gabriel Roig, habló antes. En declaraciones a la radio, la portavoz del Gobierno ha asegurado que el pacto “está cerca”.',
      'está cerca',
    ],
  ])('%s: nobody named', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('Spanish places right after a cue, then a clause', () => {
  const lead = 'La presidenta de la Comunidad, Isabel Ayala, ha cargado contra el Gobierno.';
  it.each([
    [
      'a chamber, then "donde" with a partial',
      `${lead} “Nos están asfixiando”, ha denunciado en la Asamblea de Madrid, donde ha acusado a Pedro Almagro de “mentir”.`,
    ],
    [
      'a city hall, then a time clause',
      `${lead} “Nos están asfixiando”, ha denunciado en el Ayuntamiento, tras reunirse con los alcaldes.`,
    ],
  ])('%s: the subject of the sentence before', (_name, text) => {
    expect(speakerOf(text, 'Nos están')).toBe('Isabel Ayala');
  });

  it('the partial in the "donde" clause is hers as well', () => {
    const text = `${lead} “Nos están asfixiando”, ha denunciado en la Asamblea de Madrid, donde ha acusado a Pedro Almagro de “mentir”.`;
    expect(speakerOf(text, 'mentir')).toBe('Isabel Ayala');
  });
});
