import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote starting with `words`, reading `text` as a German page. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'de' }).quotes.find((x) => x.text.startsWith(words))?.speaker;
}

describe('German news: a definite description stands for the person just named', () => {
  it.each([
    [
      'die Ministerin after her full title',
      'Verkehrsministerin Katja Lorenz (SPD) stellte den Plan vor. „Wir bauen bis 2027“, sagte die Ministerin am Dienstag in Hamburg.',
      'Wir bauen',
      'Katja Lorenz',
    ],
    [
      'der Minister after a compound title',
      'Innenminister Bernd Kallweit verteidigte den Einsatz. „Die Polizei hat richtig gehandelt“, erklärte der Minister.',
      'Die Polizei',
      'Bernd Kallweit',
    ],
    [
      'a party compound picks the member of that party',
      'Landrat Uwe Kern (CDU) und Bürgermeister Timo Hahn (SPD) unterzeichneten den Vertrag. „Ein guter Tag für die Region“, sagte der SPD-Politiker.',
      'Ein guter Tag',
      'Timo Hahn',
    ],
    [
      'a party chief',
      'Die Linke hat einen neuen Vorstand. Landeschef Ole Brandt (Linke) sprach von Aufbruch. „Wir sind wieder da“, rief der Linken-Chef den Delegierten zu.',
      'Wir sind',
      'Ole Brandt',
    ],
    [
      'an age after a sentence about her',
      'Ilse Martens führt die Bäckerei am Markt seit 1990. „Ich höre noch lange nicht auf“, sagt die 67-Jährige.',
      'Ich höre',
      'Ilse Martens',
    ],
    [
      'only the man fits der 58-Jährige',
      'Ministerin Eva Stahl besuchte Bürgermeister Karl Wiese im Rathaus. „Wir brauchen schnell Hilfe“, sagte der 58-Jährige.',
      'Wir brauchen',
      'Karl Wiese',
    ],
    [
      'the president of a club, named with the title before',
      'Am Abend tritt Vereinspräsident Paul Brenner vor die Mannschaft. „Wir machen weiter“, sagt der Präsident des FC Südstadt.',
      'Wir machen',
      'Paul Brenner',
    ],
    [
      'the title a name stood in apposition to',
      'Die Präsidentin des Landessportbunds Nord, Gisela Hoff, kritisierte die Pläne. „Das trifft die Vereine“, sagte die Präsidentin.',
      'Das trifft',
      'Gisela Hoff',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'two men fit der 54-Jährige',
      'Trainer Olaf Brink und Manager Rolf Damm saßen auf dem Podium. „Wir steigen auf“, sagte der 54-Jährige.',
      'Wir steigen',
    ],
    [
      'the party of the only man named is another',
      'Landrat Uwe Kern (CDU) eröffnete die Brücke. „Das hat zu lange gedauert“, sagte der SPD-Politiker.',
      'Das hat',
    ],
    [
      'an office the person named before was not given',
      'Klaus Ohm verlor bei dem Brand sein Haus. „Wir werden klagen“, sagte der Anwalt der Familie.',
      'Wir werden',
    ],
    [
      'a spokeswoman is not the woman named before',
      'Ministerin Eva Stahl kam am Morgen ins Werk. „Wir prüfen das“, sagte die Sprecherin des Ministeriums.',
      'Wir prüfen',
    ],
    [
      'die Ministerin when only a man was named',
      'Staatssekretär Hans Ebert (CSU) verteidigte die Reform. „Es gibt keine Alternative“, sagte die Ministerin.',
      'Es gibt',
    ],
  ])('%s: nobody', (_, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});

describe('German news: a quote after reported speech is the reported speaker’s', () => {
  it.each([
    [
      'a lone quote after a subjunctive report',
      'Die Lage sei ernst, sagte Feuerwehrchef Max Ortlieb. Man werde die ganze Nacht vor Ort bleiben. „Wir lassen niemanden allein.“',
      'Wir lassen',
      'Max Ortlieb',
    ],
    [
      'a lone quote after a report by a description',
      'Landrat Uwe Kern (CDU) besuchte die Baustelle. Der Zeitplan sei zu halten, sagte der CDU-Politiker. „Bis zum Sommer fahren hier wieder Autos.“',
      'Bis zum',
      'Uwe Kern',
    ],
    [
      'a fragment woven into a subjunctive sentence',
      'Landrätin Petra Ohm lehnt den Plan ab. Er sei „teuer und unnötig“, die Stadt habe andere Sorgen.',
      'teuer',
      'Petra Ohm',
    ],
    [
      'someone named in between takes over',
      'Die Reform sei richtig, sagte die Ökonomin Jana Fuchs. Finanzminister Olaf Berg widersprach am Abend. „Das können wir nicht bezahlen.“',
      'Das können',
      'Olaf Berg',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('an unnamed reporter stays unnamed', () => {
    const text =
      'Bürgermeister Jan Pohl eröffnete die Sitzung. Ein Sprecher der Stadt sagte, man prüfe alle Optionen. „Wir melden uns nächste Woche.“';
    expect(speakerOf(text, 'Wir melden') ?? null).toBeNull();
  });
});

describe('German news: capitalised nouns after an article are no names', () => {
  it.each([
    [
      'dem Verein Unterstützung',
      'Bürgermeisterin Carla Menz sagte dem Verein Unterstützung zu. „Wir helfen“, sagte Menz.',
      'Verein Unterstützung',
    ],
    [
      'im Keller Gasflaschen',
      'Die Feuerwehr fand im Keller Gasflaschen. „Das war gefährlich“, sagte Einsatzleiter Tom Kranz.',
      'Keller Gasflaschen',
    ],
    ['Eine Passantin', 'Eine Passantin erzählt von dem Unfall. „Es ging so schnell“, sagt sie.', 'Passantin'],
  ])('%s', (_, text, notAName) => {
    const names = detect(text, { lang: 'de' }).people.map((p) => p.name);
    expect(names).not.toContain(notAName);
  });

  it('keeps the real name beside them', () => {
    const text = 'Die Feuerwehr fand im Keller Gasflaschen. „Das war gefährlich“, sagte Einsatzleiter Tom Kranz.';
    expect(speakerOf(text, 'Das war')).toBe('Tom Kranz');
  });
});

describe('German news: "sie" and "er" after an unnamed person', () => {
  it.each([
    [
      'eine Passantin after a named woman',
      'Polizeichefin Anna Bode sperrte die Straße. Eine Passantin erzählt, der Fahrer sei zu schnell gewesen. „Das ging alles so schnell“, sagt sie.',
      'Das ging',
    ],
    [
      'ein Anwohner after a named man',
      'Bürgermeister Jan Pohl kam am Morgen. Ein Anwohner berichtet, das Wasser sei nachts gekommen. „Wir hatten keine Chance“, sagt er.',
      'Wir hatten',
    ],
  ])('%s: nobody', (_, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });

  it('a named woman after the unnamed one is "sie"', () => {
    const text =
      'Eine Passantin rief die Polizei. Polizeichefin Anna Bode sperrte die Straße. „Niemand darf hier durch“, sagte sie.';
    expect(speakerOf(text, 'Niemand')).toBe('Anna Bode');
  });
});

describe('German news: reporting verbs', () => {
  it.each([
    [
      'befürchtet after the quote',
      '„Das wird teuer“, befürchtet Vereinskassierer Heinz Ohl.',
      'Das wird',
      'Heinz Ohl',
      'direct',
    ],
    [
      'nannte before a fragment',
      'Gewerkschaftschefin Ute Kramer nannte das Angebot „eine glatte Frechheit“.',
      'eine glatte',
      'Ute Kramer',
      'partial',
    ],
  ])('%s', (_, text, words, speaker, kind) => {
    const q = detect(text, { lang: 'de' }).quotes.find((x) => x.text.startsWith(words));
    expect(q && { speaker: q.speaker, kind: q.kind }).toEqual({ speaker, kind });
  });
});

describe('German news: page furniture is no speaker turn', () => {
  it.each([
    ['Stand', 'Stand: 03.02.2026 09:15 Uhr'],
    ['Quelle', 'Quelle: Statistisches Landesamt'],
  ])('%s:', (_, line) => {
    const text = `Busse fahren seltener\n${line}\nVerkehrsministerin Jana Roth (SPD) verteidigte den Plan.\nRoth: „Wir sparen, wo es nicht schadet“\nDie Opposition will klagen.`;
    const found = detect(text, { lang: 'de' }).quotes;
    expect(found.map((q) => q.text)).not.toContain(line.slice(line.indexOf(':') + 2));
    expect(found.find((q) => q.text.startsWith('Wir sparen'))?.speaker).toBe('Jana Roth');
  });
});
