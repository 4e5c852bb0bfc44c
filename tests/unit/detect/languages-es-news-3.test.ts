import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The first quote starting with `words` in `text`, read as a Spanish page. */
function quoteOf(text: string, words: string) {
  return detect(text, { lang: 'es' }).quotes.find((q) => q.text.startsWith(words));
}

/** The speaker of the first quote starting with `words`; undefined when there is no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return quoteOf(text, words)?.speaker;
}

describe('Spanish interviews laid out as P. and R. turns', () => {
  const intro =
    'Marta Olaizola (Durango, 1988) dirige desde hace seis años el conservatorio municipal. La directora atendió a este diario en su despacho.';
  it.each([
    [
      'letters with a full stop',
      `${intro}\n\nP. ¿Cuántos alumnos tienen?\n\nR. Unos cuatrocientos, y la lista de espera crece.\n\nP. ¿Y el presupuesto?\n\nR. Es el mismo desde 2019.`,
    ],
    [
      'letters with a stop and a dash',
      `${intro}\n\nP.— ¿Cuántos alumnos tienen?\n\nR.— Unos cuatrocientos, y la lista de espera crece.\n\nP.— ¿Y el presupuesto?\n\nR.— Es el mismo desde 2019.`,
    ],
    [
      'spelled out once, then letters',
      `${intro}\n\nPregunta. ¿Cuántos alumnos tienen?\n\nRespuesta. Unos cuatrocientos, y la lista de espera crece.\n\nP. ¿Y el presupuesto?\n\nR. Es el mismo desde 2019.`,
    ],
  ])('%s: answers are the interviewee’s block quotes, questions nobody’s', (_name, text) => {
    const answer = quoteOf(text, 'Unos cuatrocientos');
    expect(answer?.kind).toBe('block');
    expect(answer?.speaker).toBe('Marta Olaizola');
    expect(speakerOf(text, 'Es el mismo')).toBe('Marta Olaizola');
    expect(speakerOf(text, '¿Cuántos alumnos')).toBeNull();
  });

  it.each([
    [
      'an intro naming two people',
      `Marta Olaizola y Jon Etxebarria atendieron a este diario.\n\nP. ¿Cuántos alumnos tienen?\n\nR. Unos cuatrocientos.\n\nP. ¿Y el presupuesto?\n\nR. Es el mismo desde 2019.`,
    ],
    [
      'initials opening ordinary paragraphs',
      `Marta Olaizola habló el lunes.\n\nP. Gómez llegó tarde a la reunión.\n\nJ. Pérez no llegó.`,
    ],
  ])('%s: no turns, nobody guessed', (_name, text) => {
    expect(speakerOf(text, 'Unos cuatrocientos') ?? null).toBeNull();
    expect(detect(text, { lang: 'es' }).quotes.filter((q) => q.kind === 'block')).toHaveLength(0);
  });
});

describe('Spanish unnamed subjects before a quote', () => {
  const named = '«No vamos a esperar», sostuvo Efraín Robles, secretario general del sindicato.';
  it.each([
    [
      'a dropped-subject cue after an indefinite subject with a relative clause',
      `${named}\n\nEn una escuela de Tlalpan, una madre de familia que pidió omitir su nombre relató que su hija no tiene libros. «Nos pidieron copias», lamentó.`,
      'Nos pidieron',
    ],
    [
      'a bare quote after an unnamed neighbour',
      `${named}\n\nEn la plaza, una vecina que pidió no ser identificada contó lo ocurrido. «Llevamos tres semanas sin libros.»`,
      'Llevamos tres',
    ],
    [
      'an unnamed fan opening the sentence',
      `${named} Un aficionado de toda la vida explicó por qué seguía allí. «Aquí se viene a sufrir», añadió.`,
      'Aquí se viene',
    ],
  ])('%s: nobody', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    [
      'an indefinite object of the verb',
      `${named} Robles presentó un plan que, según explicó, costará poco. «No habrá más retrasos», añadió.`,
      'No habrá',
    ],
    [
      'an indefinite inside the quote before',
      `«No vamos a esperar, es un desastre que nadie explicó», sostuvo Efraín Robles, secretario general del sindicato. «Lo diremos en la calle», añadió.`,
      'Lo diremos',
    ],
    [
      'a place with an indefinite article before the named subject',
      `${named}\n\nEn una asamblea celebrada el lunes, Robles insistió en la huelga. «No hay otra salida», advirtió.`,
      'No hay otra',
    ],
  ])('%s: the named speaker goes on', (_name, text, words) => {
    expect(speakerOf(text, words)).toBe('Efraín Robles');
  });
});

describe('Spanish titles of works in quotation marks', () => {
  const lead = 'El director de la comisión, Jorge Arriaga, compareció el lunes.';
  it.each([
    [
      'books after "los libros de"',
      `${lead} Arriaga añadió que faltan los libros de “Múltiples lenguajes” y “Saberes y pensamiento científico”.`,
      ['Múltiples lenguajes', 'Saberes y pensamiento científico'],
    ],
    [
      'a programme',
      `${lead} El Gobierno amplió el programa “Sembrando vida” a tres estados, explicó Arriaga.`,
      ['Sembrando vida'],
    ],
    [
      'a series called',
      `${lead} Arriaga dijo que vio una serie titulada «La casa de papel» el fin de semana.`,
      ['La casa de papel'],
    ],
  ])('%s: terms', (_name, text, titles) => {
    const kinds = detect(text, { lang: 'es' })
      .quotes.filter((q) => titles.includes(q.text))
      .map((q) => q.kind);
    expect(kinds).toEqual(titles.map(() => 'term'));
  });

  it.each([
    ['a sentence after the verb', `${lead} «No es un programa, es un derecho», dijo Arriaga.`, 'No es un programa'],
    [
      'a partial after a work noun with a stop',
      `${lead} Sobre el plan, Arriaga dijo: «Llegará a tiempo».`,
      'Llegará a tiempo',
    ],
  ])('%s: still a statement', (_name, text, words) => {
    expect(quoteOf(text, words)?.kind).not.toBe('term');
  });
});

describe('Latin American and Spanish cue verbs and titles', () => {
  const AR = 'El jefe de Gabinete, Martín Correa, habló el jueves con la gobernadora de Salta, Inés Quiroga.';
  const MX =
    'En su turno, la titular de la Secretaría de Salud (SSA), Elena Ruiz Tapia, explicó que faltan vacunas. El presidente Tomás Ibarra Lugo escuchó.';
  it.each([
    [
      'disparó with the name after',
      `${AR} «Si quieren fondos, que voten», disparó Correa en una radio.`,
      'Si quieren',
      'Martín Correa',
    ],
    ['deslizó', `${AR} «Eso se puede charlar», deslizó Correa al cierre.`, 'Eso se puede', 'Martín Correa'],
    [
      'planteó la mandataria for a governor',
      `${AR} «No somos empleados de nadie», planteó la mandataria en un acto.`,
      'No somos',
      'Inés Quiroga',
    ],
    [
      'el funcionario for the jefe de Gabinete',
      `${AR} El funcionario apuntó contra las provincias que, según dijo, «piden y no votan».`,
      'piden y no',
      'Martín Correa',
    ],
    [
      'consideró que before a partial',
      `${AR} Quiroga consideró que el plan «llega tarde».`,
      'llega tarde',
      'Inés Quiroga',
    ],
    [
      'la titular de la SEP-style acronym',
      `${MX} «Tuvimos un problema técnico», puntualizó la titular de la SSA.`,
      'Tuvimos',
      'Elena Ruiz Tapia',
    ],
    [
      'el titular del Ejecutivo for the president',
      `${MX} «Nadie se queda sin vacuna», aseveró el titular del Ejecutivo federal.`,
      'Nadie se queda',
      'Tomás Ibarra Lugo',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('does not give "el titular del Ejecutivo" to a woman who is the titular of a ministry', () => {
    const text =
      'La titular de la Secretaría de Salud, Elena Ruiz Tapia, explicó el plan. «Nadie se queda sin vacuna», aseveró el titular del Ejecutivo federal.';
    expect(speakerOf(text, 'Nadie se queda')).toBeNull();
  });
});

describe('Spanish dropped subjects after a sentence whose subject is a title', () => {
  const lead =
    '«Los libros llegarán», dijo el presidente Tomás Ibarra Lugo. «Es estructural», señaló Lucía Benavides, directora del observatorio.';
  it.each([
    [
      'the president by his title',
      `${lead} Al cierre, el titular del Ejecutivo federal insistió en la meta. «Me comprometo a volver», remató.`,
      'Me comprometo',
      'Tomás Ibarra Lugo',
    ],
    [
      'a title nobody named holds',
      `${lead} Por la tarde, el rector de la universidad pidió calma. «No hay que alarmarse», añadió.`,
      'No hay que',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish "según" relaying words already cued', () => {
  const lead = 'El ministro de Economía, Federico Garrido, habló en la reunión de Gabinete.';
  it.each([
    [
      'según relataron after a named cue',
      `${lead} «Sin ley no hay previsibilidad», habría dicho Garrido, según relataron dos de los presentes.`,
      'Sin ley',
      'Federico Garrido',
    ],
    ['según as the only source', `${lead} «No hay margen», según explicó un asesor.`, 'No hay margen', null],
    [
      'según with a noun phrase',
      `${lead} «No hay margen», dijo Garrido, según fuentes del ministerio.`,
      'No hay margen',
      null,
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish lone paternal surnames', () => {
  it.each([
    [
      'the first of two surnames alone',
      'La directora del organismo, Lucía Benavides Gil, habló el lunes.\n\n«Cada año escuchamos la misma promesa», señaló Benavides en entrevista.',
      'Cada año',
      'Lucía Benavides Gil',
    ],
    [
      'a second given name is no surname',
      'El delantero Jon Ander Lasa marcó dos goles.\n\n«Ha sido un día grande», dijo Ander Etxeberria, el utillero.',
      'Ha sido',
      'Ander Etxeberria',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Spanish cues followed only by when, where and to whom', () => {
  const lead = 'El alcalde de Getafe, Pablo Herrero, presentó el plan el lunes.';
  it.each([
    ['en rueda de prensa', `${lead} «Las obras acabarán en junio», explicó en rueda de prensa.`, 'Pablo Herrero'],
    ['ayer', `${lead} «Las obras acabarán en junio», dijo ayer.`, 'Pablo Herrero'],
    [
      'a este periódico antes de …',
      `${lead} «Las obras acabarán en junio», resumió a este periódico antes de la reunión.`,
      'Pablo Herrero',
    ],
    ['the subject placed last after a time word', `${lead} «Las obras acabarán en junio», dijo ayer un vecino.`, null],
    [
      'the subject placed last after whom it was told',
      `${lead} «Las obras acabarán en junio», dijo a la prensa un vecino.`,
      null,
    ],
    [
      'a title placed last after a place',
      `${lead} «Las obras acabarán en junio», explicó en la radio la ministra de Fomento.`,
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text, 'Las obras')).toBe(speaker);
  });
});

describe('Spanish colon lead-ins with the subject dropped', () => {
  const lead = 'El vocero presidencial, Tomás Arregui, habló el lunes. «Es lo normal», señaló.';
  it.each([
    ['Y añadió:', `${lead} Y añadió: «No hay ninguna pelea».`, 'Tomás Arregui'],
    ['Luego insistió:', `${lead} Luego insistió: «No hay ninguna pelea».`, 'Tomás Arregui'],
    [
      'a phrase set off by commas',
      `${lead} Y, ante la insistencia de los periodistas, ironizó: «No hay ninguna pelea».`,
      'Tomás Arregui',
    ],
    [
      'an unnamed subject after the phrase',
      `${lead} Y, ante la insistencia de los periodistas, un vecino ironizó: «No hay ninguna pelea».`,
      null,
    ],
    ['an unnamed subject', `${lead} Un vecino añadió: «No hay ninguna pelea».`, null],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text, 'No hay ninguna')).toBe(speaker);
  });

  it('never reads the conjunction "Y" as a name', () => {
    const text = `${'El vocero presidencial, Tomás Arregui, habló el lunes.'} Y añadió: «No hay ninguna pelea».`;
    expect(detect(text, { lang: 'es' }).people.map((p) => p.name)).not.toContain('Y');
  });
});

describe('Spanish parliamentary group leaders as legislators', () => {
  it.each([
    [
      'la legisladora for the coordinator of a bancada',
      'En la Cámara, la coordinadora de la bancada del Frente Cívico (FCN), Claudia Orozco Treviño, anunció un punto de acuerdo. «El Presidente dice que no pasa nada», acusó la legisladora en entrevista.',
      'Claudia Orozco Treviño',
    ],
    [
      'la legisladora when the only woman named is no legislator',
      'La directora del observatorio, Lucía Benavides, presentó un informe. «El Presidente dice que no pasa nada», acusó la legisladora en entrevista.',
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakerOf(text, 'El Presidente dice')).toBe(speaker);
  });
});
