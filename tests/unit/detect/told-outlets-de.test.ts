import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in German `text`. */
function speakerOf(text: string, words: string) {
  return detect(text, { lang: 'de' }).quotes.find((x) => x.text.replace(/^[«»„“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('German news: the outlet told or handed a document is never the speaker', () => {
  it.each([
    [
      'an outlet in capitals after the verb, the subject before it',
      'Die Sprecherin der Stadtwerke, Petra Kollmann, sagte NDR INFO, man prüfe alle Optionen. „Wir lassen niemanden im Dunkeln sitzen.“',
      'Wir lassen',
      'Petra Kollmann',
    ],
    [
      'an outlet after "dem" and a pronoun subject',
      'Holger Brandt leitet die Werft seit zehn Jahren. Er sagte dem STERN, der Auftrag sei „ein Rettungsanker“.',
      'ein Rettungsanker',
      'Holger Brandt',
    ],
    [
      'an outlet after "gegenüber"',
      'Die Pflegerin Ute Sommerfeld sagte gegenüber der Wochenzeitung Freitag: „Die Schichten werden immer länger.“',
      'Die Schichten',
      'Ute Sommerfeld',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a document that lies before a paper',
      'In einem Gutachten, das der FAZ vorliegt, heißt es, die Brücke sei »nicht mehr sicher«.',
      'nicht mehr sicher',
    ],
    [
      'a document that lay before a magazine',
      'Das Protokoll liegt dem SPIEGEL vor. Darin heißt es, die Kosten seien »völlig aus dem Ruder gelaufen«.',
      'völlig aus dem Ruder',
    ],
    [
      'an outlet in capitals told, nobody named before',
      'Einer der Anwohner sagte WDR AKTUELL, er habe »so etwas noch nie erlebt«.',
      'so etwas',
    ],
  ])('names nobody: %s', (_label, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });

  it.each([
    ['the broadcaster as the subject after a quote', '„Wir senden weiter“, teilte der WDR mit.', 'Wir senden', 'WDR'],
    [
      'a party title joined by a hyphen',
      '„Das ist ein schlechter Tag“, sagte SPD-Fraktionschef Matthias Kerner.',
      'Das ist',
      'Matthias Kerner',
    ],
  ])('keeps a subject that only looks like an outlet: %s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
