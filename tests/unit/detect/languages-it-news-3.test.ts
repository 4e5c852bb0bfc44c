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
