import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { findPeople } from '@/lib/detect/people/people';
import { useLanguage } from '@/lib/detect/text/language';

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
    ['a ministry in one word', 'Im Bundesverkehrsministerium sieht man das anders.', 'Bundesverkehrsministerium'],
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
    [
      'hieß es aus dem Ministerium, named before in one word',
      'Im Innenministerium sieht man keinen Fehler. Die Polizei sei „rechtzeitig und umfassend“ informiert worden, hieß es aus dem Ministerium.',
      'rechtzeitig und',
      'Innenministerium',
    ],
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

describe('German news: reported speech in the Konjunktiv runs on to the quotes woven into it', () => {
  it.each([
    [
      'a body the report is about (Gemeinde)',
      '„Das Gutachten kam zu spät“, sagt Ursula Reiter, Sprecherin der Bürgerinitiative. Die Gemeinde müsse die Pläne neu auslegen, und zwar „bevor der erste Baum fällt“.',
      'bevor der erste',
      'Ursula Reiter',
    ],
    [
      'a body that demands, in the Konjunktiv (Gewerkschaft fordere)',
      '„Wir lassen uns nicht erpressen“, sagte Jens Wallner, Bezirksleiter der Gewerkschaft. Die Gewerkschaft fordere eine Garantie „bis mindestens 2030“.',
      'bis mindestens',
      'Jens Wallner',
    ],
    [
      'a regular verb in the Konjunktiv (verdiene man)',
      '„Wir haben lange gezögert“, sagte Geschäftsführerin Anja Lorenz. Mit den heutigen Preisen verdiene man an jedem Rad „so gut wie nichts“.',
      'so gut wie',
      'Anja Lorenz',
    ],
    [
      'past a lone quote between cue and report',
      'Man habe lange gewarnt, sagte Kassenchef Bernd Auer der Zeitung. „Jedes Jahr kostet uns das Millionen.“ Die Kasse sei bereit, das Geld „eins zu eins“ weiterzugeben.',
      'eins zu eins',
      'Bernd Auer',
    ],
    [
      'an expert titled before the name, then three sentences of report',
      'Die Verkehrsforscherin Karin Hold von der Universität Kassel hält den Plan für richtig, warnt aber vor Eile. Neue Linien entstünden nicht über Nacht. Es fehle an Fahrern, die bereit seien, nachts zu arbeiten. Das Ticket könne daher „bestenfalls ein Anfang“ sein.',
      'bestenfalls ein',
      'Karin Hold',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a lone quote after four sentences of report',
      '„Wir kämpfen um jede Stelle“, sagte Tobias Rehm, Bevollmächtigter der Gewerkschaft. Die Firma habe die Belegschaft zu spät informiert. Man fordere nun Gespräche. Ohne Zusagen seien Streiks möglich. „Die Leute hier wissen, was sie können.“',
      'Die Leute hier',
      'Tobias Rehm',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'someone else named in the woven sentence',
      '„Wir bleiben dabei“, sagte Bürgermeister Karl Wendt. Landrat Peter Ohm sei dagegen „nicht gesprächsbereit“.',
      'nicht gesprächsbereit',
      'Karl Wendt',
    ],
    [
      'an indicative sentence about someone else between',
      '„Wir bleiben dabei“, sagte Bürgermeister Karl Wendt. Landrat Peter Ohm lehnt das ab. Man müsse „erst rechnen“.',
      'erst rechnen',
      'Karl Wendt',
    ],
  ])('%s: not the reported speaker', (_, text, words, notSpeaker) => {
    expect(quoteOf(text, words)?.speaker).not.toBe(notSpeaker);
  });

  it.each([
    ['ÖGK-Obmann', 'Man sei bereit, sagte ÖGK-Obmann Andreas Brunner der APA. „Das Geld ist da.“', 'Andreas Brunner'],
    ['Klubobfrau', '„Wir stimmen nicht zu“, sagte Klubobfrau Maria Hager im Parlament.', 'Maria Hager'],
  ])('an Austrian title (%s) is no part of the name', (_, text, name) => {
    expect(detect(text, { lang: 'de' }).people.map((p) => p.name)).toContain(name);
  });
});

describe('German news: a fragment woven into reported speech takes the cue closing the sentence', () => {
  it.each([
    [
      'past a relative clause',
      'Die Pläne seien „ein Schlag ins Gesicht“ und träfen genau jene, die ohnehin wenig hätten, sagte Verbandschef Rainer Kolb.',
      'ein Schlag',
      'Rainer Kolb',
    ],
    [
      'past an infinitive clause',
      'Man werde „jeden Hebel nutzen“, um den Bau zu stoppen, kündigte Bürgermeisterin Eva Sailer an.',
      'jeden Hebel',
      'Eva Sailer',
    ],
    [
      'a body closing the sentence',
      'Die Arbeiten lägen „voll im Zeitplan“, auch wenn der Winter hart werde, teilte die Isarland Wohnbau GmbH mit.',
      'voll im Zeitplan',
      'Isarland Wohnbau GmbH',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'an indicative sentence is no report',
      'Die Pläne sind „ein Schlag ins Gesicht“ für jene, die wenig haben, sagte Verbandschef Rainer Kolb.',
      'ein Schlag',
    ],
    [
      'a pronoun for a capitalised phrase that is no person',
      'Scharfe Kritik kommt von der Opposition. Man werde „alle Mittel nutzen“, um das zu stoppen, kündigte er an.',
      'alle Mittel',
    ],
  ])('%s: nobody from this rule', (_, text, words) => {
    const q = quoteOf(text, words);
    expect(q?.speaker === 'Rainer Kolb' || q?.speaker === 'Scharfe Kritik').toBe(false);
  });
});

describe('German news: a body named by its noun alone speaks for itself', () => {
  it.each([
    [
      'die Kammer',
      'Die Kammer spricht von einem „Angriff auf die Selbstverwaltung“.\n\nDie Pläne seien „ein Angriff auf die Selbstverwaltung“, sagte Kammerpräsident Otto Rainer.',
      'Angriff auf',
    ],
    [
      'die Behörde',
      'Die Behörde warnt vor „einem teuren Winter“.\n\nMan rechne mit „einem teuren Winter“, sagte Amtsleiterin Vera Stock.',
      'einem teuren',
    ],
  ])('%s: not the speaker of the quote it repeats', (_, text, words) => {
    expect(quoteOf(text, words)?.speaker ?? null).toBeNull();
  });
});

describe('German news: a written statement is its author’s, never a speaker itself', () => {
  it.each([
    [
      'a company, then "In einer schriftlichen Stellungnahme heißt es:"',
      'Die Isarland Wohnbau GmbH weist die Kritik zurück. In einer schriftlichen Stellungnahme heißt es: „Alle Auflagen werden eingehalten.“',
      'Isarland Wohnbau GmbH',
    ],
    [
      'a mayor, then "In einer Erklärung heißt es:"',
      'Bürgermeister Karl Huber widerspricht. In einer Erklärung heißt es: „Der Gemeinderat hat korrekt entschieden.“',
      'Karl Huber',
    ],
    [
      'an association, then "In einer Pressemitteilung hieß es am Abend:"',
      'Der Heimatverein Oberau e.V. reagierte prompt. In einer Pressemitteilung hieß es am Abend: „Wir sind enttäuscht.“',
      'Heimatverein Oberau',
    ],
  ])('%s', (_, text, speaker) => {
    expect(detect(text, { lang: 'de' }).quotes[0]?.speaker).toBe(speaker);
  });

  it.each([
    [
      'an unnamed company',
      'Die Firma weist das zurück. In einer schriftlichen Stellungnahme heißt es: „Wir halten uns an alle Auflagen.“',
    ],
    [
      'a sentence about a thing',
      'Der Streit dauert an. In einer Stellungnahme an die Redaktion heißt es: „Die Vorwürfe sind haltlos.“',
    ],
    ['no sentence before', 'In einer schriftlichen Stellungnahme heißt es: „Die Vorwürfe sind haltlos.“'],
  ])('%s: nobody, and not the document', (_, text) => {
    expect(detect(text, { lang: 'de' }).quotes[0]?.speaker ?? null).toBeNull();
  });
});

describe('German news: another word for the same office stands for its holder', () => {
  it.each([
    [
      'der Rathauschef for a Bürgermeister, then a lone quote',
      'Bürgermeister Peter Maier (CSU) verteidigt den Plan. Er habe Verständnis für die Sorgen der Nachbarn, sagte der Rathauschef. „Aber wir brauchen Wohnungen.“',
      'Aber wir brauchen',
      'Peter Maier',
    ],
    [
      'die Rathauschefin for a Bürgermeisterin',
      'Bürgermeisterin Andrea Kühl (parteilos) ist verärgert. Sie habe erst am Montag davon erfahren, sagte die Rathauschefin. „Das ist kein Stil.“',
      'Das ist kein',
      'Andrea Kühl',
    ],
    [
      'das Stadtoberhaupt for an Oberbürgermeister',
      'Oberbürgermeister Jens Kühn verteidigt den Etat. Er verstehe den Ärger, sagte das Stadtoberhaupt. „Sparen müssen wir trotzdem.“',
      'Sparen müssen',
      'Jens Kühn',
    ],
    [
      'der Firmenchef for a Geschäftsführer',
      'Geschäftsführer Stefan Kramer bleibt bei der Entscheidung. „Es gibt keine Alternative“, sagt der Firmenchef.',
      'Es gibt keine',
      'Stefan Kramer',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a Landrat is no Rathauschef',
      'Landrat Josef Brandl (CSU) lehnt den Plan ab. Er habe Verständnis für die Gemeinde, sagte der Rathauschef. „Aber so nicht.“',
      'Aber so nicht',
      'Josef Brandl',
    ],
  ])('%s', (_, text, words, notSpeaker) => {
    expect(quoteOf(text, words)?.speaker).not.toBe(notSpeaker);
  });
});
