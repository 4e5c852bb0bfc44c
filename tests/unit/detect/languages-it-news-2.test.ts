import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in Italian `text`; undefined when no quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'it' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

/** The role Italian `text` gives the person called `name`. */
function roleOf(text: string, name: string): string | null | undefined {
  return detect(text, { lang: 'it' }).people.find((p) => p.name === name)?.role;
}

describe('Italian titles whose "of" is elided or follows an adjective', () => {
  it.each([
    ["Il ministro dell'Economia, Carlo Benassi, ha presentato la manovra.", 'Carlo Benassi', "ministro dell'Economia"],
    [
      'La ministra per le Riforme istituzionali, Ilaria Conforti, era assente.',
      'Ilaria Conforti',
      'ministra per le Riforme istituzionali',
    ],
    [
      'Il comandante regionale della guardia costiera di Bari, Nicola Saponaro, ha coordinato i soccorsi.',
      'Nicola Saponaro',
      'comandante regionale della guardia costiera di Bari',
    ],
  ])('%s', (text, name, role) => {
    expect(roleOf(text, name)?.toLowerCase()).toContain(role.toLowerCase());
  });

  it.each([
    [
      "Il ministro dell'Istruzione, Piero Galvani, ha incontrato i presidi. «Le scuole riapriranno lunedì», ha assicurato il ministro.",
      'Le scuole',
      'Piero Galvani',
    ],
    [
      'Il porto è chiuso da ieri. «Con questo mare nessuno esce», spiega il comandante della capitaneria di porto di Ancona, Aldo Ferri.',
      'Con questo mare',
      'Aldo Ferri',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Sentence-initial elided prepositions are not part of a name', () => {
  it.each([
    [
      "All'arrivo Sandra Pellegrini ha salutato i volontari. «Siete stati straordinari», ha detto Pellegrini.",
      'Siete stati',
      'Sandra Pellegrini',
    ],
    ["Nell'intervista Marco Riva torna sul caso. «Non mi dimetto», ha ribadito Riva.", 'Non mi dimetto', 'Marco Riva'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Cue verbs of Italian political copy', () => {
  it.each([
    [
      'Il Movimento civico presenta una mozione. «È una legge contro i Comuni», attacca la capogruppo del Movimento, Laura Fabbri.',
      'È una legge',
      'Laura Fabbri',
    ],
    [
      'Il sindaco Enzo Pascale, Paolo Riva e altri hanno parlato. «Sono numeri inventati», ribatte Pascale.',
      'Sono numeri',
      'Enzo Pascale',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"secondo quanto" after a named cue is the channel, not the speaker', () => {
  it.each([
    [
      'La ministra della Salute, Anna Berti, ha sentito i governatori. «Nessuna nuova chiusura», ha detto Berti, secondo quanto riferisce una nota del ministero.',
      'Nessuna nuova',
      'Anna Berti',
    ],
    [
      'Il sindaco, Luca Mari, ha convocato la giunta. «Ricostruiremo la scuola», ha promesso Mari, secondo quanto riportano alcuni consiglieri.',
      'Ricostruiremo',
      'Luca Mari',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('a "secondo" naming another source still takes the quote away from the cue', () => {
    const text =
      'Il sindaco, Luca Mari, ha convocato la giunta. «Ricostruiremo la scuola», ha detto Mari, secondo il consigliere Ugo Tosi.';
    expect(speakerOf(text, 'Ricostruiremo')).not.toBe('Luca Mari');
  });
});

describe('"il premier" is only the president of the Council of Ministers', () => {
  it.each([
    [
      'Il presidente della Regione Puglia, Marco Lotti, ha visitato la zona.\n\nIl premier: «Stanzieremo i fondi»',
      'Stanzieremo',
    ],
    [
      'Il presidente della società, Gianni Conte, ha parlato ai tifosi. «Il premier ha ragione», ha detto il premier.',
      'Il premier ha ragione',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });

  it('the named presidente del Consiglio is still "il premier"', () => {
    const text =
      'Il presidente del Consiglio, Sergio Donati, ha risposto in Aula. «La legge non cambia», ha dichiarato il premier.';
    expect(speakerOf(text, 'La legge')).toBe('Sergio Donati');
  });
});

describe('Unnamed Italian subjects beside a name', () => {
  it.each([
    [
      'Il ministro Carlo Ferri è a Bruxelles. Da Palazzo Chigi fanno sapere che la riforma arriverà «entro Natale».',
      'entro Natale',
    ],
    ['La sindaca Anna Conti tace. Dal Comune spiegano che i lavori sono «quasi finiti».', 'quasi finiti'],
    [
      'Il segretario Piero Gatti ha riunito la direzione, e nel partito c’è chi giura che Gatti sia pronto a «lasciare tutto».',
      'lasciare tutto',
    ],
    [
      'Mario Bassi, assessore al Bilancio, ha presentato i conti. C’è anche chi dice che Bassi sia «l’uomo dei tagli».',
      'l’uomo dei tagli',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });

  it('a sentence opening on "Da" and a place still has its named subject', () => {
    const text = 'Da Bruxelles, la ministra Carla Neri ha detto che l’accordo è «vicino».';
    expect(speakerOf(text, 'vicino')).toBe('Carla Neri');
  });
});

describe('Colon lead-ins: the name of a place, a medium or a relative clause is not the speaker', () => {
  it.each([
    [
      'La presidente della Provincia, Marta Sala, in un messaggio pubblicato sul profilo Instagram della Provincia: «Le strade resteranno chiuse fino a domani».',
      'Le strade',
      'Marta Sala',
    ],
    [
      'La replica arriva in serata. Secca la risposta dell’avvocata Elena Fusco, che assiste Paolo Merli: «Il mio cliente non ha mai visto quei documenti».',
      'Il mio cliente',
      'Elena Fusco',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Subjectless lead-ins opening on a connective go on with the speaker just quoted', () => {
  it.each([
    [
      'Il rettore Paolo Vinci difende il bilancio: «I conti sono in ordine». E aggiunge: «Nessun corso verrà chiuso».',
      'Nessun corso',
      'Paolo Vinci',
    ],
    [
      '«Abbiamo fatto il possibile», ha detto la direttrice Laura Pini. E ancora, rivolta ai sindacati: «La porta resta aperta».',
      'La porta',
      'Laura Pini',
    ],
    [
      '«Il cantiere ripartirà», ha assicurato il sindaco Gino Rota. Poi, a chi gli chiedeva dei ritardi: «Non è colpa del Comune».',
      'Non è colpa',
      'Gino Rota',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('a connective lead-in with nobody quoted before names nobody', () => {
    const text = 'Il consiglio comunale si è riunito ieri. E poi, in serata: «Il bilancio è approvato».';
    expect(speakerOf(text, 'Il bilancio') ?? null).toBeNull();
  });
});

describe('A lone capital letter is no part of a name', () => {
  it.each([
    [
      'La ministra del Turismo interviene sui social. «Ripartiamo dalle spiagge», scrive su X Daniela Costa.',
      'Daniela Costa',
    ],
    ['Il sindaco Ugo Bruni è stato chiaro. E dice: «Non firmerò».', 'Ugo Bruni'],
  ])('%s', (text, speaker) => {
    const d = detect(text, { lang: 'it' });
    expect(d.quotes[0]?.speaker).toBe(speaker);
    expect(d.people.map((p) => p.name)).not.toContain('E');
  });
});

describe('Appositions that are clauses or another person’s title give no role', () => {
  it.each([
    ['Il tribunale di Pavia, presieduto dal giudice Marco Tosi, ha respinto il ricorso.', 'Pavia'],
    ['Lo ha scritto Anna Lodi, che ha incontrato il prefetto ieri.', 'Anna Lodi'],
  ])('%s', (text, name) => {
    const role = roleOf(text, name) ?? null;
    expect(role === null || !/giudice|prefetto/.test(role)).toBe(true);
  });
});

describe('A title qualified by "per" is another office than the bare one', () => {
  it.each([
    [
      'La Corte, presieduta dalla giudice Sara Villa, ha ascoltato i testimoni. Il giudice per le indagini preliminari parlava di «un pericolo concreto».',
      'un pericolo',
      null,
    ],
    [
      'Il giudice per le indagini preliminari, Luca Ferro, ha firmato l’ordinanza. Il giudice per le indagini preliminari parlava di «un pericolo concreto».',
      'un pericolo',
      'Luca Ferro',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('Italian "cosiddetto" marks a label, not a statement', () => {
  it.each([
    [
      'Il governo vuole estendere le cosiddette «zone rosse» alle stazioni, ha detto il ministro Luca Sarti.',
      'zone rosse',
    ],
    ['Torna il cosiddetto “decreto flussi”, che il ministro Luca Sarti ha difeso.', 'decreto flussi'],
  ])('%s', (text, words) => {
    const q = detect(text, { lang: 'it' }).quotes.find((x) => x.text.startsWith(words));
    expect(q?.kind).toBe('term');
  });
});

describe('Italian inverted subjects after a phrase of place or of address', () => {
  it.each([
    [
      'Il colonnello Sergio Mele ha guidato le indagini. «Abbiamo seguito i soldi», ha spiegato in aula il colonnello.',
      'Abbiamo seguito',
      'Sergio Mele',
    ],
    [
      'La presidente dell’Ordine dei medici, Carla Russo, è stata ascoltata ieri. «Mancano duemila medici», ha detto in commissione la presidente.',
      'Mancano',
      'Carla Russo',
    ],
    [
      'Il sindaco di Lucca, Aldo Neri, ha visitato il quartiere. «Ripareremo tutto entro l’estate», ha detto ai giornalisti.',
      'Ripareremo',
      'Aldo Neri',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('an unnamed subject after the phrase stays unnamed', () => {
    const text =
      'Carlo Benassi ha presentato la manovra. «I conti tengono», ha detto in conferenza stampa un funzionario.';
    expect(speakerOf(text, 'I conti') ?? null).toBeNull();
  });
});

describe('A sentence opening on an elided phrase keeps the name after it as its subject', () => {
  it.each([
    [
      'Il consiglio è finito tardi. All’uscita Giulia Sarti, la capogruppo, si è fermata con i cronisti. «Abbiamo perso una battaglia, non la guerra», dice.',
      'Abbiamo perso',
      'Giulia Sarti',
    ],
    [
      'Nell’intervista Marco Riva torna sul caso delle nomine. «Non mi dimetto», conclude.',
      'Non mi dimetto',
      'Marco Riva',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
