import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { sameInflected } from '@/lib/detect/people/name-forms';
import { useLanguage } from '@/lib/detect/text/language';

/** The speaker of the first quote starting with `words` in Czech `text`; undefined when there is no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'cs' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

/** The names of the people listed for Czech `text`. */
function peopleOf(text: string): string[] {
  return detect(text, { lang: 'cs' }).people.map((p) => p.name);
}

describe('Czech: a title’s genitive between the title and the name', () => {
  it.each([
    ['„Silnice opravíme do zimy,“ řekl hejtman Pardubického kraje Martin Netolický.', 'Silnice', 'Martin Netolický'],
    ['„Hráli jsme zbaběle,“ prohlásil trenér Sparty Pavel Hapal.', 'Hráli', 'Pavel Hapal'],
    ['„Most zavřeme na dva měsíce,“ uvedl primátor Brna Petr Vokřál.', 'Most', 'Petr Vokřál'],
    ['„Rozpočet je napjatý,“ řekla starostka Kolína Irena Malá.', 'Rozpočet', 'Irena Malá'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Dopis podepsal i trenér Sparty. „Hráli jsme zbaběle,“ napsal kouč Sparty.', 'Sparty'],
    ['Zápas sledoval i kouč Orlů. „Hráli jsme dobře,“ řekl později kouč Orlů.', 'Orlů'],
    ['Starosta Loun přijel pozdě. „Voda stoupá,“ řekl starosta Loun.', 'Loun'],
  ])('%s: the genitive alone after a title is no person', (text, genitive) => {
    expect(peopleOf(text)).not.toContain(genitive);
  });
});

describe('Czech: a title with its complement stands for the person later', () => {
  it.each([
    ['Ministr průmyslu Lukáš Vlček představil plán.\n\n„Ceny elektřiny klesnou,“ řekl ministr.', 'Ceny', 'Lukáš Vlček'],
    [
      'Ministryně pro místní rozvoj Ivana Bartošová odjela na Ostravsko.\n\n„Peníze na byty jsou,“ řekla ministryně.',
      'Peníze',
      'Ivana Bartošová',
    ],
    [
      'Premiér Petr Fiala se sešel s odboráři. Jednání trvalo tři hodiny.\n\n„Dohodli jsme se na harmonogramu,“ poznamenal premiér.',
      'Dohodli',
      'Petr Fiala',
    ],
    [
      'Mluvčí policie Eva Kropáčová situaci popsala. „Hledáme svědky,“ dodala později mluvčí úřadu Jana Vodrážková.',
      'Hledáme',
      'Jana Vodrážková',
    ],
    ['„Oprava potrvá do jara,“ řekl ČTK ředitel správy silnic Vladimír Kuba.', 'Oprava', 'Vladimír Kuba'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Předsedkyně Unie rodičů Alžběta Nová svolala schůzi.', 'Unie'],
    ['Místopředseda Svazu měst a obcí Dan Jiránek přijel také.', 'Svazu'],
  ])('%s: the body in the complement is not a person', (text, body) => {
    expect(peopleOf(text)).not.toContain(body);
  });
});

describe('Czech: one woman under the case forms of an -ová surname', () => {
  it.each([
    ['novakova', 'novakovou', true],
    ['novakova', 'novakove', true],
    ['dvorakova', 'dvorakovou', true],
    ['novotny', 'novotneho', true],
    // Mr Novák is not Mrs Nováková.
    ['novak', 'novakovou', false],
  ])('%s ~ %s', (a, b, same) => {
    useLanguage('cs');
    try {
      expect(sameInflected(a, b)).toBe(same);
    } finally {
      useLanguage('en');
    }
  });

  it('merges "Dvořákovou" into Jana Dvořáková', () => {
    const text =
      'Premiér podržel Janu Dvořákovou. Ministryně Jana Dvořáková odmítla kritiku. „Nic jsme neskrývali,“ řekla Dvořáková.';
    expect(speakerOf(text, 'Nic')).toBe('Jana Dvořáková');
    expect(peopleOf(text).filter((n) => n.includes('Dvořák'))).toHaveLength(1);
  });
});

describe('Czech: a network named by one letter', () => {
  it.each([['Poslankyně Olga Richterová na síti X napsala, že zákon „nikomu nepomůže“.', 'nikomu', 'Olga Richterová']])(
    '%s',
    (text, words, speaker) => {
      expect(speakerOf(text, words)).toBe(speaker);
      expect(peopleOf(text)).not.toContain('X');
    },
  );
});

describe('Czech: a title right after the cue verb is its subject', () => {
  it.each([
    [
      'Šéf diplomacie Jan Lipavský přiletěl do Kyjeva. Na otázku, zda by ODS kvůli tomu odešla z vlády, odpověděl šéf diplomacie stroze: „Nebudu spekulovat.“',
      'Nebudu',
      'Jan Lipavský',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    ['Na dotaz, proč STAN návrh podpořil, odpověděl místopředseda strany: „Bylo to nutné.“', 'Bylo'],
    ['Když se Jana Malá vrátila z jednání, prohlásil starosta obce: „Dohoda platí.“', 'Dohoda'],
  ])('%s: a title nobody was named for leaves the name before it out', (text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});

describe('Czech: surnames that are titles in German', () => {
  it.each([
    ['Ministr Pavel Richter přijel do Bruselu. „Dohoda je blízko,“ řekl Richter.', 'Dohoda', 'Pavel Richter'],
    ['Poslanec Tomáš Sprecher návrh odmítl. „Je to chyba,“ uvedl Sprecher.', 'Je to', 'Tomáš Sprecher'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Czech: a channel and a place before the inverted subject', () => {
  it.each([
    ['„Vláda selhala,“ napsala na sociální síti X předsedkyně opozičního hnutí Iva Zelená.', 'Vláda', 'Iva Zelená'],
    [
      '„Na nádraží už čekají autobusy,“ uvedl v pondělí večer na svém facebooku primátor Tomáš Hrubý.',
      'Na nádraží',
      'Tomáš Hrubý',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('Czech: a title opening the sentence before a quote with a dropped subject', () => {
  it.each([
    [
      'Ministryně školství Alena Dvořáková jednala s odbory. Premiér Jan Horák se omluvil.\n\nMinistryně po jednání řekla, že dohoda je blízko. „Podpis čekám v pátek,“ dodala.',
      'Podpis',
      'Alena Dvořáková',
    ],
    [
      'Starosta Petr Beneš svolal zastupitele. Hejtmanka Eva Malá přijela také.\n\nStarosta po schůzi uvedl, že most se opraví. „Peníze máme,“ dodal.',
      'Peníze',
      'Petr Beneš',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('a title whose gender does not fit the verb gives nobody', () => {
    const text =
      'Starosta Petr Beneš svolal zastupitele.\n\nStarosta po schůzi uvedl, že most se opraví. „Peníze máme,“ dodala.';
    expect(speakerOf(text, 'Peníze') ?? null).not.toBe('Petr Beneš');
  });
});

describe('Czech: "označil za" and "nazval" report a characterisation', () => {
  it.each([
    [
      'Předseda odborů Josef Středula reformu označil za „zradu na zaměstnancích“.',
      'zradu',
      'Josef Středula',
      'partial',
    ],
    ['Ekonomka Helena Horská rozpočet nazvala „účetním trikem“.', 'účetním', 'Helena Horská', 'partial'],
  ])('%s', (text, words, speaker, kind) => {
    const q = detect(text, { lang: 'cs' }).quotes.find((x) => x.text.startsWith(words));
    expect(q?.kind).toBe(kind);
    expect(q?.speaker).toBe(speaker);
  });
});

describe('Czech: a man’s full name in an oblique case is never the subject', () => {
  it.each([
    ['„Je to nehoráznost,“ řekl na adresu Andreje Babiše ministr vnitra.', 'Je to'],
    ['„Nic jsme nepodepsali,“ reagoval na slova bývalého ministra Jana Hamáčka předseda vlády.', 'Nic'],
    ['„Spor skončil,“ napsal po schůzce s Petrem Novákem a Pavla Dvořáka zástupce firmy.', 'Spor'],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});

describe('Czech: foreign names that only look oblique', () => {
  it.each([
    ['„Vypadají skvěle,“ přidává se Emile Dufour, bývalý útočník Lyonu.', 'Vypadají', 'Emile Dufour'],
    ['„Tým je v kurzu,“ píše na Twitteru Marie Lafitte.', 'Tým', 'Marie Lafitte'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
