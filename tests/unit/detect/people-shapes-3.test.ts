import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Names of the people detection would mark in `text` (in `lang` when given). */
const people = (text: string, lang?: string) =>
  detect(text, lang ? { lang } : undefined)
    .people.filter((p) => p.kind === 'person')
    .map((p) => p.name);

describe('a title the lexicon lacks, glued before a given name, is no part of the name', () => {
  it.each([
    [
      'English, ending as role nouns do',
      'Councilmember Tom Ashworth, who voted against the plan, said the increase should be phased. "People are being asked to pay," he said.',
      'en',
      'Tom Ashworth',
    ],
    [
      'Russian, its stem written in lower case',
      'Ольгу Семёнову поддержали несколько депутатов. Депутат Виктор Лапин предложил продлить работу переправы: «Люди возвращаются поздно», — сказал Лапин.',
      'ru',
      'Виктор Лапин',
    ],
    [
      'Czech, ending in -tel',
      'Provoz bude drahý. Zastupitel Tomáš Kubíček připomněl, že kraj musí doplácet. „Chceme vidět čísla,“ prohlásil Kubíček.',
      'cs',
      'Tomáš Kubíček',
    ],
  ])('%s', (_name, text, lang, name) => {
    expect(people(text, lang)).toEqual([name]);
  });

  it.each([
    [
      'an unknown given name before a known middle name',
      'Barack Hussein Obama told the crowd that the work was not finished.',
      'Barack Hussein Obama',
    ],
    ['two given names', 'Mary Ann Fletcher said the library would stay open on Sundays.', 'Mary Ann Fletcher'],
  ])('%s stays whole', (_name, text, name) => {
    expect(people(text, 'en')).toEqual([name]);
  });
});

describe("a date's month after a byline name is no part of it", () => {
  it.each([
    ['Mar 10', 'Interview by Paul Dreyer Mar 10, 2026\n\nRuth Okafor said the branch would stay open.', 'Ruth Okafor'],
    ['Sept. 3', 'Ruth Okafor Sept. 3 2026\n\nThe branch will stay open, Ruth Okafor said on Tuesday.', 'Ruth Okafor'],
  ])('%s', (_name, text, name) => {
    expect(people(text, 'en')).toEqual([name]);
  });
});

describe('things named after people, and clubs, are not people', () => {
  it.each([
    [
      'a stadium on a label',
      'Referee: Anton Weiss. Venue: Harold Finch Stadium.\n\n"We gave away two goals," said Jonas Berg.',
      'en',
    ],
    ['a boulevard', 'Jonas Berg lives on Rosa Parks Boulevard. "It is quiet," said Jonas Berg.', 'en'],
    [
      'a club before a title',
      'Westmoor Athletic drew 2-2. "We showed character," said Westmoor manager Jonas Berg.',
      'en',
    ],
    ['an award', 'She received the Harriet Tubman Award in 1998, said Jonas Berg, who worked with her.', 'en'],
    [
      'a Czech square and prize',
      'Nemocnice leží na náměstí T. G. Masaryka. Loni získala Cenu Karla Engliše, řekl ředitel Jonas Berg.',
      'cs',
    ],
    [
      'a German party after a title and an article',
      'Jonas Berg, Fraktionsvorsitzender der Bürgerliste, widersprach. „Das ist zu teuer“, sagte Berg.',
      'de',
    ],
  ])('%s', (_name, text, lang) => {
    expect(people(text, lang)).toEqual(['Jonas Berg']);
  });
});

describe('a name after a Russian head word ("named after", a street) is no person mentioned', () => {
  it.each([
    ['премию имени', 'Школа получила премию имени Андрея Сахарова. «Мы гордимся», — сказал директор Иван Петров.'],
    ['улице', 'Мост стоит на улице Бориса Пастернака. «Ремонт нужен», — сказал директор Иван Петров.'],
  ])('%s', (_name, text) => {
    expect(people(text, 'ru')).toEqual(['Иван Петров']);
  });
});

describe('a word that opens a short label is no speaker', () => {
  it.each([
    [
      'Show notes',
      'Hosted by Alex Morgan\n\nShow notes\n\nThis week Alex Morgan talks to a chemist about freezers, fume hoods and bills.',
    ],
    [
      'Field reports',
      'Field reports\n\nAlex Morgan said the freezers in the basement were the worst offenders, by far.',
    ],
  ])('%s', (_name, text) => {
    expect(people(text, 'en')).toEqual(['Alex Morgan']);
  });
});
