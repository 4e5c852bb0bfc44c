import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in Italian `text`; undefined when no quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'it' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('A quote split by a cue verb with no subject keeps its speaker', () => {
  it.each([
    [
      'La sindaca Anna Verdi è arrivata in piazza. «Non lasceremo nessuno solo», ha poi aggiunto, «e domani riapriremo le scuole».',
      'e domani',
      'Anna Verdi',
    ],
    [
      "Il ministro dei Trasporti, Paolo Bruni, ha incontrato i pendolari. «Il ponte sarà pronto in estate», ha detto, «salvo nuovi ritardi dell'impresa».",
      'salvo nuovi',
      'Paolo Bruni',
    ],
    [
      'Marta Galli guida la cooperativa da dieci anni. «I soci sono raddoppiati», spiega, «ma i margini restano bassi».',
      'ma i margini',
      'Marta Galli',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    // Someone else speaks the second half: the words between name them.
    [
      'Il sindaco Enzo Ferri ha aperto il consiglio. «Il bilancio è in ordine», ha detto Ferri, «i conti no», ribatte Carla Neri.',
      'i conti no',
      'Carla Neri',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    // Someone unnamed speaks between the halves: the cue has a subject, so it is not the first speaker going on.
    [
      'Il sindaco Enzo Ferri ha aperto il consiglio. «Il bilancio è in ordine», dice la gente, «ma le strade no».',
      'ma le strade',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words)).not.toBe('Enzo Ferri');
  });
});

describe('A cue closing the sentence after a comma attributes a partial quote woven into it', () => {
  it.each([
    [
      "La ministra del Lavoro, Sara Conti, ha incontrato i sindacati. I contratti saranno rinnovati «entro la fine dell'anno» per tutti i comparti, ha assicurato Conti.",
      "entro la fine dell'anno",
      'Sara Conti',
    ],
    [
      'Il cantiere riaprirà «non prima di aprile» per via delle piogge, ha spiegato il direttore Franco Villa.',
      'non prima di aprile',
      'Franco Villa',
    ],
    [
      'Il presidente della provincia, Mario Dolci, ha visitato la diga. I fondi arriveranno «entro marzo» dalle casse regionali, ha precisato il presidente.',
      'entro marzo',
      'Mario Dolci',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    // Someone else is the sentence's subject: the closing cue only reports what they said.
    ['Luca Marini ha definito la riforma «una resa» davanti ai cronisti, ha riferito Paola Sereni.', 'una resa'],
    // The words after the quote hold a cue of their own, so the closing one is not this quote's.
    ['Il piano è «ormai pronto», dicono in molti al ministero, ha scritto Gianni Rota.', 'ormai pronto'],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words)).not.toBe(text.match(/ha (?:riferito|scritto) (.+)\.$/)?.[1]);
  });
});

describe('A live-blog post titled by an office alone takes the speaker of the post below', () => {
  it.each([
    [
      '18:05\nLa sindaca: «Scuole aperte»\nLa sindaca di Lucca, Marta Poli, ha parlato in consiglio. «Le scuole resteranno aperte anche domani», ha detto Poli.\n17:40\nTraffico in tilt',
      'Scuole aperte',
      'Marta Poli',
    ],
    [
      "09:12\nIl prefetto: «Nessun ferito»\nIl prefetto di Siena, Guido Landi, ha fatto il punto. «Per fortuna non c'è nessun ferito tra i residenti», ha spiegato Landi.\n08:50\nStrade chiuse",
      'Nessun ferito',
      'Guido Landi',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    // The quote it repeats is someone who does not hold that title: nobody, rather than a guess.
    [
      '18:05\nIl sindaco: «Scuole aperte»\nLa preside Marta Poli ha parlato ai genitori. «Le scuole resteranno aperte anche domani», ha detto Poli.\n17:40\nTraffico in tilt',
      'Scuole aperte',
    ],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('A title, the body it is of, then the name with no comma', () => {
  it.each([
    [
      'Il presidente della Regione Marco Bellini: «Chiudete le finestre e restate in casa».',
      'Chiudete le finestre',
      'Marco Bellini',
    ],
    [
      "L'assessore della Provincia Giulia Sarti ha risposto in aula. «I lavori partiranno a maggio», ha detto Sarti.",
      'I lavori partiranno',
      'Giulia Sarti',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Il presidente della Regione Marco Bellini ha firmato il decreto.', 'Marco Bellini', 'presidente della Regione'],
    ['La sindaca di Campi Anna Ricci ha chiuso le scuole.', 'Anna Ricci', 'sindaca di Campi'],
  ])('%s', (text, name, role) => {
    const person = detect(text, { lang: 'it' }).people.find((p) => p.name === name);
    expect(person?.role).toBe(role);
  });
});
