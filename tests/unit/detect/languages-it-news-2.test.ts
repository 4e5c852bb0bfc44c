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
