import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in German `text`. */
function speakerOf(text: string, words: string) {
  return detect(text, { lang: 'de' }).quotes.find((x) => x.text.startsWith(words))?.speaker;
}

describe('German news: an institution speaks through an impersonal "hieß es"', () => {
  it.each([
    [
      'source after the cue',
      'Die Pläne stoßen auf Kritik. Man werde das »nicht hinnehmen«, hieß es aus dem Innenministerium.',
      'nicht hinnehmen',
      'Innenministerium',
    ],
    [
      'source opening the sentence',
      'Der Streit um die Reform geht weiter. Aus dem Finanzministerium hieß es, man sei »sehr verwundert« über den Vorstoß.',
      'sehr verwundert',
      'Finanzministerium',
    ],
    [
      'source opening, with a place and a relative clause',
      'Aus dem Bundesamt in Bonn, das die Prüfung leitet, hiess es, das Verfahren laufe »wie geplant«.',
      'wie geplant',
      'Bundesamt',
    ],
    [
      'feminine source opening the sentence',
      'Aus der Umweltbehörde hieß es am Abend, die Werte seien »unbedenklich«.',
      'unbedenklich',
      'Umweltbehörde',
    ],
    [
      'the bare noun stands for the institution named before',
      'Aus dem Umweltministerium hieß es, man verhandle noch. Eine Einigung sei »in Reichweite«, hieß es weiter aus dem Ministerium.',
      'in Reichweite',
      'Umweltministerium',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'no source named',
      'Die Gespräche dauerten bis in die Nacht. Man sei »zuversichtlich«, hieß es am Ende.',
      'zuversichtlich',
    ],
    ['a bare noun with nothing named before', 'Das sei »kein Thema«, hieß es aus dem Ministerium.', 'kein Thema'],
  ])('%s: nobody', (_, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('German features: a title after the cue is the one person the paragraph names', () => {
  it.each([
    [
      'der Vorsitzende',
      'Am Morgen steht Jürgen Hollmann vor der Halle. Das Dach ist eingestürzt. »Das war unser Lebenswerk«, sagt der Vorsitzende des Turnvereins.',
      'Das war unser',
      'Jürgen Hollmann',
    ],
    [
      'die Bürgermeisterin',
      'Seit Stunden telefoniert Petra Engelhardt mit den Behörden. »Wir brauchen jetzt schnelle Hilfe«, sagt die Bürgermeisterin.',
      'Wir brauchen',
      'Petra Engelhardt',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'two people named in the paragraph',
      'Jürgen Hollmann und Petra Engelhardt stehen vor der Halle. »Das war unser Lebenswerk«, sagt der Vorsitzende.',
      'Das war unser',
    ],
    [
      'a title of someone speaking for another',
      'Am Morgen steht Jürgen Hollmann vor der Halle. »Wir gehen vor Gericht«, sagt der Rechtsanwalt der Familie.',
      'Wir gehen',
    ],
    [
      'the title does not fit the person’s gender',
      'Am Morgen steht Petra Engelhardt vor der Halle. »Das war unser Lebenswerk«, sagt der Vorsitzende.',
      'Das war unser',
    ],
  ])('%s: nobody', (_, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('German news: nouns after a quantifier are no name ending a report', () => {
  it.each([
    ['allen', 'mit allen Anwohnern Gespräche führen'],
    ['vielen', 'vielen Mitgliedern Briefe schreiben'],
    ['beiden', 'den beiden Gemeinden Zusagen machen'],
    ['diesen', 'diesen Betrieben Hilfen zahlen'],
  ])('%s', (_, clause) => {
    const text = `Landrätin Ursula Kämmerer verteidigte den Plan. «Wir halten Wort», sagte sie am Montag. Man werde ${clause}. Eine Kürzung komme «nicht in Frage».`;
    expect(speakerOf(text, 'nicht in Frage')).toBe('Ursula Kämmerer');
    expect(detect(text, { lang: 'de' }).people.map((p) => p.name)).toEqual(['Ursula Kämmerer']);
  });
});
