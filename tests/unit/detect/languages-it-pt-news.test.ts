import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in `text` read in `lang`; undefined when no quote. */
function speakerOf(lang: string, text: string, words: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('Interviews laid out as one-letter question and answer turns', () => {
  it.each([
    [
      'it',
      'Domenica la Pro Lecco ha vinto la finale della Coppa Italia dilettanti.\n\nAbbiamo incontrato Marta Colombo, 28 anni, portiere della squadra.\n\nD: Come si sente dopo la finale?\n\nR: Stanca ma felice, è il trofeo che aspettavamo da anni.\n\nD: E adesso?\n\nR: Adesso si riparte, il campionato non aspetta.',
      'Stanca ma felice',
      'Marta Colombo',
    ],
    [
      'pt',
      'A banda lançou o terceiro disco esta semana.\n\nConversámos com o vocalista Tiago Correia Lopes antes do concerto em Braga.\n\nP: Como nasceu o disco?\n\nR: Nasceu na estrada, entre dois festivais e muitas noites sem dormir.\n\nP: E a digressão?\n\nR: Começa em Março, primeiro no Porto.',
      'Nasceu na estrada',
      'Tiago Correia Lopes',
    ],
  ])('%s: the answers are the person the paragraph before introduces', (lang, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it.each([
    [
      'it',
      'La Virtus Serie D ha chiuso il girone in testa.\n\nAbbiamo sentito i tifosi e il presidente Carlo Neri, poi il sindaco Anna Villa.\n\nD: Che stagione è stata?\n\nR: Una stagione da ricordare per tutta la città.\n\nD: E il futuro?\n\nR: Il futuro è la Serie C, senza dubbio.',
      'Una stagione da ricordare',
    ],
    [
      'pt',
      'O festival da Série D começou ontem em Faro.\n\nP: Como correu o primeiro dia?\n\nR: Correu bem, com mais público do que esperávamos.\n\nP: E amanhã?\n\nR: Amanhã há ainda mais concertos no palco principal.',
      'Correu bem',
    ],
  ])('%s: a letter names nobody when the paragraph before names no one person', (lang, text, words) => {
    expect(speakerOf(lang, text, words) ?? null).toBeNull();
  });
});

describe('Titles Italian and Portuguese copy uses in turn for one person', () => {
  it.each([
    [
      'it',
      'il premier for the named presidente del Consiglio',
      'Il presidente del Consiglio, Paolo Ferretti, ha parlato ieri sera in Senato. “Non cambieremo la legge”, ha dichiarato il premier.',
      'Non cambieremo',
      'Paolo Ferretti',
    ],
    [
      'it',
      'il tecnico for the named allenatore',
      'Sandro Bertoni, allenatore del Lecco, non ha nascosto la delusione. «Abbiamo sbagliato tutto nel primo tempo», ammette il tecnico.',
      'Abbiamo sbagliato',
      'Sandro Bertoni',
    ],
    [
      'pt',
      'segundo o primeiro-ministro for the one named earlier',
      'O primeiro-ministro, Joaquim Sarmento, esteve ontem em Évora. Segundo o primeiro-ministro, o acordo «está praticamente fechado».',
      'está praticamente',
      'Joaquim Sarmento',
    ],
    [
      'pt',
      'a governante for the named ministra',
      'A ministra da Habitação, Carla Nunes, reuniu-se com os autarcas. «Ninguém vai ficar sem casa», garantiu a governante.',
      'Ninguém vai',
      'Carla Nunes',
    ],
  ])('%s: %s', (lang, _form, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });
});

describe('Portuguese "a" before a title is the article, not "a" spokeswoman nobody names', () => {
  it.each([
    [
      'disse a deputada',
      'A deputada Luísa Antunes apresentou ontem o projeto. “Ninguém leu o relatório até ao fim”, disse a deputada.',
      'Ninguém leu',
      'Luísa Antunes',
    ],
    [
      'afirmou a ministra ao jornal',
      'A ministra da Cultura, Helena Prates, visitou o museu. «Vamos reabrir em maio», afirmou a ministra ao jornal.',
      'Vamos reabrir',
      'Helena Prates',
    ],
  ])('%s', (_form, text, words, speaker) => {
    expect(speakerOf('pt', text, words)).toBe(speaker);
  });

  it('an English "a spokeswoman" still names nobody', () => {
    const text = 'Senator Jane Holt met the union on Monday. "We will not move," a spokeswoman said.';
    expect(speakerOf('en', text, 'We will') ?? null).toBeNull();
  });
});

describe('A cue set off by commas right before the quote', () => {
  it.each([
    [
      'it',
      'Gianni Zoppas guida la squadra da due anni. Il Lecco affronta la Pro Sesto in una partita che, ha ammesso Zoppas, «vale già mezza stagione».',
      'vale già',
      'Gianni Zoppas',
    ],
    [
      'it',
      'Secondo Laura Fontana, presidente di Confcommercio, i saldi sono partiti bene. Ma, avverte Fontana, «senza turisti non basterà».',
      'senza turisti',
      'Laura Fontana',
    ],
    [
      'pt',
      'O Benfica recebe o Sporting num jogo que, admitiu o treinador Rui Vitorino, «pode decidir o campeonato».',
      'pode decidir',
      'Rui Vitorino',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it('an insert opening on no reporting verb is not a cue: the name before it still speaks', () => {
    const text =
      'Il bilancio arriva in aula. Per Marco Bassi, assessore al bilancio del Comune, «il piano è una priorità».';
    expect(speakerOf('it', text, 'il piano')).toBe('Marco Bassi');
  });
});

describe('A sentence opening on whose view it gives: "Para X, …", "Per X, …"', () => {
  it.each([
    [
      'pt',
      'the holder of a title, not what the title is of',
      'A oposição reagiu ao plano. Para o líder parlamentar do PSD, Rodrigo Valente, o Governo «desistiu das pessoas».',
      'desistiu das',
      'Rodrigo Valente',
    ],
    [
      'pt',
      'a named expert',
      'O projeto foi apresentado ontem. Para a economista Teresa Quintela, a medida «chega tarde demais».',
      'chega tarde',
      'Teresa Quintela',
    ],
    [
      'it',
      'a named party secretary',
      'Il decreto divide la maggioranza. Per Davide Loiacono, segretario del partito, il testo è «un’occasione persa».',
      'un’occasione persa',
      'Davide Loiacono',
    ],
  ])('%s: %s', (lang, _form, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it('a title of a party with no name after it names nobody, not the party', () => {
    const text = 'A oposição reagiu ao plano. Para o líder parlamentar do PSD, o Governo «desistiu das pessoas».';
    expect(speakerOf('pt', text, 'desistiu das') ?? null).toBeNull();
  });
});

describe('Portuguese professional titles before a name', () => {
  it.each([
    [
      'o infectologista X, a later cue with the subject dropped',
      'Beatriz Campos falou ontem. O infectologista Rodrigo Albuquerque, do Hospital de Santo António, avalia que falta testagem. “Muita gente chega tarde ao hospital”, alertou.',
      'Muita gente',
      'Rodrigo Albuquerque',
    ],
    [
      'o médico X',
      'O médico Paulo Rebocho trabalha há vinte anos no centro de saúde. “Nunca vi um inverno assim”, contou.',
      'Nunca vi',
      'Paulo Rebocho',
    ],
  ])('%s', (_form, text, words, speaker) => {
    expect(speakerOf('pt', text, words)).toBe(speaker);
  });
});

describe('What a title is of or in does not speak', () => {
  it.each([
    [
      'pt',
      'the leader in the chamber, a deputy named in apposition',
      'A oposição levou o caso à Comissão de Saúde da Câmara. Já o líder do governo na Câmara, deputado Marcos Teles, defendeu a medida e disse que a oposição “faz palanque”.',
      'faz palanque',
      'Marcos Teles',
    ],
    [
      'it',
      'the president of a named region, his name in apposition',
      'Il caso è arrivato alla Regione Lombardia. Il presidente della commissione in Regione Lombardia, Franco Bellini, ha detto che il piano è «già superato».',
      'già superato',
      'Franco Bellini',
    ],
  ])('%s: %s', (lang, _form, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it.each([
    [
      'pt',
      'a title of a body and no name: nobody named, not the body',
      'A oposição levou o caso à Comissão de Saúde da Câmara. Já o líder do governo na Comissão de Saúde da Câmara defendeu a medida e disse que a oposição “faz palanque”.',
      'faz palanque',
    ],
  ])('%s: %s', (lang, _form, text, words) => {
    expect(speakerOf(lang, text, words)).not.toBe('Comissão de Saúde da Câmara');
  });

  it('a body with no title before it still speaks', () => {
    const text =
      'A Câmara Municipal de Sintra reuniu ontem. A Câmara Municipal de Sintra disse que o plano “está atrasado”.';
    expect(speakerOf('pt', text, 'está atrasado')).toBe('Câmara Municipal de Sintra');
  });
});
