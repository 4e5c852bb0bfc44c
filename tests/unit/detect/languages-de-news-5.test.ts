import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { useLanguage } from '@/lib/detect/language';
import { findPeople } from '@/lib/detect/people';

/** The quote starting with `words` in German `text`. */
function quoteOf(text: string, words: string) {
  return detect(text, { lang: 'de' }).quotes.find((x) => x.text.startsWith(words));
}

/** The entities German `text` names, with their kinds. */
function entitiesOf(text: string) {
  useLanguage('de');
  try {
    return findPeople(text).entities.map((e) => ({ name: e.name, kind: e.kind }));
  } finally {
    useLanguage('en');
  }
}

describe('German news: a title right before a name is that name’s', () => {
  it.each([
    [
      'der Vorsitzende X',
      'Hans Huber eröffnete am Montag die Versammlung. „Wir haben keine Wahl“, sagte der Vorsitzende Markus Dreher.',
      'Wir haben',
      'Markus Dreher',
    ],
    [
      'die Vorsitzende X',
      'Gerda Lang hatte das Gutachten bestellt. „Das Ergebnis ist eindeutig“, erklärte die Vorsitzende Petra Winkler.',
      'Das Ergebnis',
      'Petra Winkler',
    ],
    [
      'der Landrat X',
      'Anton Seidl wartete vor dem Saal. „Die Straße wird gebaut“, sagte der Landrat Josef Brandl am Abend.',
      'Die Straße',
      'Josef Brandl',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });
});

describe('German news: organisation names read as bodies', () => {
  it.each([
    ['a GmbH', 'Die Isarland Wohnbau GmbH hat den Bauantrag eingereicht.', 'Isarland Wohnbau GmbH'],
    ['an AG', 'Die Voltaris AG baut in Brandenburg keine Zellen mehr.', 'Voltaris AG'],
    ['an e.V.', 'Der Heimatverein Oberau e.V. sammelt Unterschriften.', 'Heimatverein Oberau'],
    ['an e. V.', 'Der Tierschutzverein Lindau e. V. warnt vor Giftködern.', 'Tierschutzverein Lindau'],
    ['a Landratsamt', 'Das Landratsamt Erding hat den Bescheid verschickt.', 'Landratsamt Erding'],
    ['an acronym and its country', 'Der WWF Schweiz begrüßt den Entscheid.', 'WWF Schweiz'],
    [
      'a body of a group',
      'Der Verband kommunaler Verkehrsbetriebe warnt vor Kürzungen.',
      'Verband kommunaler Verkehrsbetriebe',
    ],
    [
      'a Bund of a group',
      'Der Bund deutscher Landschaftsarchitekten lobt den Entwurf.',
      'Bund deutscher Landschaftsarchitekten',
    ],
  ])('%s', (_, text, name) => {
    const entities = entitiesOf(text);
    expect(entities).toContainEqual({ name, kind: 'organisation' });
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it.each([
    [
      'teilte die X GmbH mit',
      '„Die Arbeiten beginnen im Frühjahr“, teilte die Isarland Wohnbau GmbH mit.',
      'Die Arbeiten',
      'Isarland Wohnbau GmbH',
    ],
    [
      'teilte das Landratsamt X mit',
      '„Der Bescheid ist rechtskräftig“, teilte das Landratsamt Erding am Dienstag mit.',
      'Der Bescheid',
      'Landratsamt Erding',
    ],
    [
      'kritisierte der Verband …',
      '„Das reicht hinten und vorne nicht“, kritisierte der Verband kommunaler Verkehrsbetriebe.',
      'Das reicht',
      'Verband kommunaler Verkehrsbetriebe',
    ],
    ['so der WWF X', '„Der Fluss braucht mehr Raum“, so der WWF Schweiz.', 'Der Fluss', 'WWF Schweiz'],
  ])('%s: the body speaks', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a place after "aus" is not the association named after it',
      'Der Gewerbeverein Talheim e.V. lädt zum Markt. Der Betrieb habe jahrelang gut verdient, sagte Geschäftsführer Jan Roth. Heute verdiene man an einem Teil aus Talheim „keinen Cent“. „Wir müssen handeln.“',
      'Wir müssen',
      'Gewerbeverein Talheim',
    ],
  ])('%s', (_, text, words, notSpeaker) => {
    expect(quoteOf(text, words)?.speaker).not.toBe(notSpeaker);
  });
});
