import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { manNominative, womanNominativeBySurname } from '@/lib/detect/people/name-nominative-cs';

/** The speaker of the first quote starting with `words` in `text`; undefined when there is no such quote. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

/** The names of the people listed for `text`. */
function peopleOf(text: string, lang: string): string[] {
  return detect(text, { lang }).people.map((p) => p.name);
}

describe("a woman's nominative from her surname written alone", () => {
  it.each([
    ['Janou Malou', 'Malá', 'Jana Malá'],
    ['Evou Horákovou', 'Horáková', 'Eva Horáková'],
    ['Petru Novákovou', 'Nováková', 'Petra Nováková'],
    ['Jany Malé', 'Malá', 'Jana Malá'],
    // A man's surname, a nominative already, a first name of another pattern: nothing to rebuild.
    ['Pavlem Novákem', 'Novák', undefined],
    ['Jana Malá', 'Malá', undefined],
    ['Janě Malé', 'Malá', undefined],
  ])('%s + %s', (name, surname, nominative) => {
    expect(womanNominativeBySurname(name, surname)).toBe(nominative);
  });
});

describe('a woman first named in an oblique case is listed in the nominative', () => {
  it('reads "Janou Malou" as Jana Malá once "Malá" speaks', () => {
    const text = 'Ministr Pavel Novák se sešel se starostkou Janou Malou. „Nic není podepsáno,“ řekla Malá.';
    const d = detect(text, { lang: 'cs' });
    expect(d.quotes[0]?.speaker).toBe('Jana Malá');
    expect(d.people.map((p) => p.name)).toContain('Jana Malá');
  });
});

describe('Czech: a man first named in an oblique case', () => {
  it.each([
    ['Jana Krále', 'Král', 'Jan Král'],
    ['Ondřeje Kučery', 'Kučera', 'Ondřej Kučera'],
    ['Pavla Novotného', 'Novotný', 'Pavel Novotný'],
    ['Radka Hlaváčka', 'Hlaváček', 'Radek Hlaváček'],
    ['Tomášem Veselým', 'Veselý', 'Tomáš Veselý'],
    ['Jiřímu Holubovi', 'Holub', 'Jiří Holub'],
    // Already nominative, a woman, a dative that fits two surnames, an unknown first name: nothing rebuilt.
    ['Pavel Novák', 'Novák', undefined],
    ['Jany Malé', 'Malá', undefined],
    ['Petru Novákovi', 'Nováka', undefined],
    ['Xaviera Krále', 'Král', undefined],
  ])('%s + %s', (name, surname, nominative) => {
    expect(manNominative(name, surname)).toBe(nominative);
  });

  it.each([
    ['Podle mluvčího hasičů Jana Kubíčka požár uhasili. „Škody jsou velké,“ uvedl Kubíček.', 'Škody', 'Jan Kubíček'],
    ['Podle ekonoma Lukáše Kovandy ceny porostou. „Inflace se vrátí,“ míní Kovanda.', 'Inflace', 'Lukáš Kovanda'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
    expect(peopleOf(text, 'cs')).toContain(speaker);
  });
});

describe('Czech: a woman named only in an oblique case is listed in the nominative', () => {
  it.each([
    ['Podle ministryně Evy Dvořákové je zákon „nutný“.', 'nutný', 'Eva Dvořáková'],
    [
      'Podle mluvčí ministerstva Terezy Holé jsou peníze připraveny. „Kraj o ně může požádat,“ sdělila mluvčí.',
      'Kraj',
      'Tereza Holá',
    ],
    ['Podle analytičky Lenky Malé ceny „ještě porostou“.', 'ještě', 'Lenka Malá'],
    [
      'Se starostkou Ivanou Bartošovou jsme mluvili v úterý. „Most opravíme,“ řekla Bartošová.',
      'Most',
      'Ivana Bartošová',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });

  it.each([
    ['Podle mluvčího Jana Krále je „vše v pořádku“.', 'Jana Krále'],
    ['Podle trenéra Pavla Malého to byl „skvělý zápas“.', 'Pavla Malého'],
  ])('%s: a man in an oblique case is not made a woman', (text, oblique) => {
    const names = peopleOf(text, 'cs');
    expect(names.some((n) => n.endsWith('á'))).toBe(false);
    expect(names).toContain(oblique);
  });
});
