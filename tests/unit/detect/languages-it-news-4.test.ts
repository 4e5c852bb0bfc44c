import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in Italian `text`; undefined when no quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'it' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

/** The names of the people Italian `text` names. */
function namesIn(text: string): string[] {
  return detect(text, { lang: 'it' }).people.map((p) => p.name);
}

describe('A party or union written straight before the name is not part of it', () => {
  it.each([
    ["La consigliera regionale di Fratelli d'Italia Sara Gentilini ha detto: «Sono annunci».", 'Sara Gentilini'],
    ['«Voteremo contro», ha detto la deputata di Forza Italia Marta Ricci.', 'Marta Ricci'],
    ['Il segretario della Cgil Marco Zoli ha detto: «Chiediamo un incontro».', 'Marco Zoli'],
    ['«Non è emendabile», ha spiegato la capogruppo del Pd Elena Sarti.', 'Elena Sarti'],
    ['«Non ero in aula», ha detto il senatore di Italia Viva Davide Orlandi.', 'Davide Orlandi'],
  ])('%s', (text, name) => {
    const names = namesIn(text);
    expect(names).toContain(name);
    expect(names.filter((n) => n !== name && n.endsWith(name))).toEqual([]);
  });

  it.each([
    ["La consigliera di Fratelli d'Italia Sara Gentilini: «Sono solo annunci».", 'Sono solo', 'Sara Gentilini'],
    ['«Non voteremo questo testo», ha detto la deputata di Forza Italia Marta Ricci.', 'Non voteremo', 'Marta Ricci'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('A label before the colon is its own unnamed speaker, not the topic before it', () => {
  it.each([
    [
      'Attese fino a trenta ore. La Fp Cgil proclama lo stato di agitazione. Una paziente di 84 anni: «Due notti su una barella»',
      'Due notti',
    ],
    [
      'Il sindaco Mario Bellini ha firmato l’ordinanza. Un commerciante del centro: «Così chiudiamo tutti»',
      'Così chiudiamo',
    ],
    [
      'Il ministro Carlo Ferraris: «Decreto entro Natale». La Fiom: «Cassa integrazione raddoppiata»',
      'Cassa integrazione',
    ],
    ['L’assessora Lucia Neri presenta il piano. Il Codacons: «Aumenti ingiustificati»', 'Aumenti'],
    ['Il prefetto Giulio Sanna ha chiuso la strada. Una residente: «Siamo isolati da giorni»', 'Siamo isolati'],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    ['Il ministro Carlo Ferraris: «Decreto entro Natale».', 'Decreto', 'Carlo Ferraris'],
    ['La sindaca Anna Volpi: «Riapriremo il ponte».', 'Riapriremo', 'Anna Volpi'],
  ])('a name before the colon still speaks: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"A chi gli chiedeva …:" is answered by the one asked', () => {
  it.each([
    [
      'Il ministro Gianluca Ferraris ha replicato in serata. Il presidente di Confindustria, Vittorio Carnelutti, ha lasciato la sala senza commenti. Poi, a chi gli chiedeva se fosse soddisfatto della replica del ministro: «Giudicheremo il decreto quando lo leggeremo».',
      'Giudicheremo',
    ],
    [
      "La sindaca Anna Volpi ha incontrato il prefetto Giulio Sanna. Poi la sindaca ha parlato con i cronisti. A chi le domandava un giudizio sull'incontro con il prefetto: «Abbiamo trovato ascolto, adesso aspettiamo i fatti dal governo».",
      'Abbiamo trovato',
    ],
  ])('%s', (text, words) => {
    const speaker = speakerOf(text, words);
    expect(speaker).not.toBe('Gianluca Ferraris');
    expect(speaker).not.toBe('Giulio Sanna');
  });

  it.each([
    [
      'Il costituzionalista Marco Lenti ha espresso dubbi. «Il testo è fragile», ha detto. E a chi, in serata, gli chiedeva un commento, il ministro Carlo Pietri ha risposto: «La maggioranza reggerà anche questa volta».',
      'La maggioranza',
      'Carlo Pietri',
    ],
    [
      'La sindaca Anna Volpi ha parlato a lungo. Poi, a chi le domandava del bilancio, l’assessore Luca Neri ha replicato: «I conti sono in ordine da tre anni».',
      'I conti',
      'Luca Neri',
    ],
  ])('a cue after the question names who answers: %s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('the speaker just quoted answers', () => {
    const text =
      'La sindaca Anna Volpi ha incontrato il prefetto Giulio Sanna. «Un incontro utile», ha detto Volpi. A chi le domandava un giudizio sul prefetto: «Abbiamo trovato ascolto, adesso aspettiamo i fatti dal governo».';
    expect(speakerOf(text, 'Abbiamo trovato')).toBe('Anna Volpi');
  });
});

describe('A cue set between en dashes inside the quote', () => {
  it.each([
    [
      "«Il costo dell'energia – ha detto il presidente di Confindustria, Vittorio Carnelutti, dal palco del centro congressi di Milano – è il doppio di quello dei concorrenti».",
      'Il costo',
      'Vittorio Carnelutti',
    ],
    [
      '«Se la Regione vuole aiutarci – ha aggiunto la segretaria provinciale della Fp Cgil, Roberta Ghezzi, al termine dell’assemblea con i lavoratori – cominci dai contratti».',
      'Se la Regione',
      'Roberta Ghezzi',
    ],
    ['«Il reparto – spiega il primario Paolo Gherardi – è pieno da settimane».', 'Il reparto', 'Paolo Gherardi'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('A quote opening the paragraph, its source named in the sentence after', () => {
  it.each([
    [
      '«Abbiamo avuto picchi di accessi mai visti. I medici fanno turni da sedici ore». A parlare è Paolo Gherardi, primario del pronto soccorso di Lugo.',
      'Abbiamo avuto',
      'Paolo Gherardi',
    ],
    [
      '«Il ponte riaprirà entro l’estate, i lavori sono in anticipo». Così il sindaco di Lecco, Marco Riva, ieri in consiglio comunale.',
      'Il ponte',
      'Marco Riva',
    ],
    [
      '«Nessuno ci ha avvisati, abbiamo saputo tutto dai giornali». Parola di Anna Ferri, presidente del comitato di quartiere.',
      'Nessuno ci',
      'Anna Ferri',
    ],
    [
      '«Abbiamo ordini fino a febbraio. Dopo, sinceramente, non so». Giorgio Berruti, titolare di una fonderia a Lumezzane, lo dice senza giri di parole.',
      'Abbiamo ordini',
      'Giorgio Berruti',
    ],
    [
      '«Le liste d’attesa si sono dimezzate in un anno». Ad ammetterlo è stata la direttrice dell’Asl, Carla Fabbri, durante la commissione.',
      'Le liste',
      'Carla Fabbri',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      '«Il ponte riaprirà entro l’estate, i lavori sono in anticipo». Il sindaco Marco Riva ha chiuso la seduta alle 22.',
      'Il ponte',
    ],
    [
      '«Non ci arrendiamo, andremo avanti fino in fondo». Intanto la sindaca Anna Volpi ha convocato la giunta.',
      'Non ci',
    ],
  ])('any other sentence after is the story going on: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('An inverted cue closing the sentence before, then the quote', () => {
  it.each([
    [
      'Il rallentamento tedesco è il vero rischio, osserva Chiara Lodigiani, capo economista di Banca Padana. «L’Italia esporta in Germania il 12% delle merci».',
      'L’Italia',
      'Chiara Lodigiani',
    ],
    [
      'Il reparto non ha più letti liberi da settimane, spiega Paolo Gherardi, primario del pronto soccorso. «Ogni notte ne arrivano altri venti».',
      'Ogni notte',
      'Paolo Gherardi',
    ],
    [
      'La crescita resterà debole anche l’anno prossimo, avverte il presidente dell’Istat, Marco Bellini. «Il quarto trimestre sarà negativo».',
      'Il quarto',
      'Marco Bellini',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('A subjectless cue between commas goes on with whom the text is about', () => {
  it.each([
    [
      'Paolo Gherardi è il primario del pronto soccorso. Il problema, spiega, non è all’ingresso: «Il paziente resta qui, perché sopra non c’è un letto».',
      'Il paziente',
      'Paolo Gherardi',
    ],
    [
      'Il ministro Gianluca Ferraris ha riconosciuto che il nodo resta aperto: il disaccoppiamento, ha spiegato, «si può fare solo in accordo con Bruxelles».',
      'si può fare',
      'Gianluca Ferraris',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'Il segretario Ettore Balzani ha convocato il consiglio federale. Ma da via Bellerio filtra una linea più morbida: la Lega, spiegano, «non farà mancare i voti al governo».',
      'non farà',
    ],
  ])('a plural verb is sources nobody names: %s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('Italian given names and a cue followed only by where it was said', () => {
  it.each([
    [
      'Giuseppina Rava ha 84 anni ed è arrivata in ambulanza mercoledì sera. “Due notti su una barella, con la luce sempre accesa”, racconta dal letto di Medicina dove è stata sistemata.',
      'Due notti',
      'Giuseppina Rava',
    ],
    [
      'Ornella Gatti gestisce il bar della stazione da trent’anni. «Da quando hanno chiuso la biglietteria non passa più nessuno», spiega dietro al bancone.',
      'Da quando',
      'Ornella Gatti',
    ],
    [
      'Corrado Bassi, 70 anni, aspetta il pullman sotto la pioggia. «La corsa delle sette è saltata anche oggi», dice alla fermata di piazza Garibaldi.',
      'La corsa',
      'Corrado Bassi',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Speech set with dialogue dashes', () => {
  /** The quotes of Italian `text` as [words, speaker] pairs. */
  function quotesOf(text: string): [string, string | null][] {
    return detect(text, { lang: 'it' }).quotes.map((q) => [q.text, q.speaker]);
  }

  it.each([
    [
      "Il comandante Aldo Ferri racconta la notte.\n\n– Siamo arrivati alle tre, l'acqua era già al primo piano – dice Ferri.",
      "Siamo arrivati alle tre, l'acqua era già al primo piano",
      'Aldo Ferri',
    ],
    [
      'La sindaca Anna Volpi ha parlato ai cronisti.\n\n— Non lasceremo nessuno da solo — ha detto Volpi.',
      'Non lasceremo nessuno da solo',
      'Anna Volpi',
    ],
    [
      'Il primario Paolo Gherardi è in reparto da ieri sera.\n\n– Abbiamo ricoverato dodici persone – aggiunge il primario – e tre sono gravi.',
      'Abbiamo ricoverato dodici persone',
      'Paolo Gherardi',
    ],
  ])('%s', (text, words, speaker) => {
    expect(quotesOf(text)).toContainEqual([words, speaker]);
  });

  it.each([
    [
      'Le misure in sintesi:\n\n– chiusura delle scuole fino a lunedì\n\n– divieto di transito sul ponte – salvo i mezzi di soccorso.',
    ],
    ['Il programma della giornata.\n\n– ore 10 – apertura dei lavori in aula consiliare.'],
  ])('a list item with dashes is no speech: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});
