import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { namesPart } from '@/lib/detect/people/characters';
import { listedAsFinish } from '@/lib/detect/people/finishes';
import { speaksAsGroup } from '@/lib/detect/people/groups';
import { isOccupation } from '@/lib/detect/people/occupations';

/** Names of the people detection would mark in `text`. */
const people = (text: string) =>
  detect(text)
    .people.filter((p) => p.kind === 'person')
    .map((p) => p.name);

describe('a part played is not a person, its actor is', () => {
  it.each([
    [
      'plays',
      'Elena Sokolova plays Anna Berg, a glaciologist. Later Anna Berg walks out into the snow.',
      'Anna Berg',
      'Elena Sokolova',
    ],
    [
      'equated',
      'Jonah Reyes is Mikael Strand, the station chief who insists the voice is an echo.',
      'Mikael Strand',
      'Jonah Reyes',
    ],
    [
      'brings to',
      'Margaret Hale brings a dry wit to Ingrid Dahl, the cook. Margaret Hale said it was fun.',
      'Ingrid Dahl',
      'Margaret Hale',
    ],
    [
      'as between two names',
      'The cast is strong, and Lena Fox as Clara Finch steals every scene. Clara Finch is a broken woman.',
      'Clara Finch',
      'Lena Fox',
    ],
    [
      'stars as',
      'In the sequel Daniel Brook stars as Victor Lane, a retired pilot who said little.',
      'Victor Lane',
      'Daniel Brook',
    ],
  ])('%s', (_rule, text, part, actor) => {
    const marked = people(text);
    expect(marked).not.toContain(part);
    expect(marked).toContain(actor);
  });

  it.each([
    ['after a casting verb', 'Sokolova plays ', true],
    ['after a name and "is"', 'Jonah Reyes is ', true],
    ['after one capitalised word and "is"', 'Also running for Senate is ', false],
    ['after "brings a dry wit to"', 'Hale brings a dry wit to ', true],
    ['after a reporting verb', 'said ', false],
    ['after "such as"', 'officials such as ', false],
    ['after "the winner is"', 'the winner is ', false],
    ['after "gave the prize to"', 'the jury gave the prize to ', false],
  ])('%s: %s', (_rule, before, part) => {
    const text = `${before}Anna Berg`;
    expect(namesPart(text, { start: before.length, end: text.length })).toBe(part);
  });

  it.each([
    ['a surname after a headline "as"', 'Nikki Haley to Resign as ', 'Trump', false],
    ['a full name after a name and "as"', 'Tom Brady as ', 'Walter Finch', true],
  ])('%s', (_rule, before, name, part) => {
    const text = `${before}${name}'s role`;
    expect(namesPart(text, { start: before.length, end: before.length + name.length })).toBe(part);
  });
});

describe('labels and products are not people, even where they look like names', () => {
  it.each([
    [
      'a first word alone opens a label, not a back-reference',
      'Friday, Orpheum Theatre, Doors 7pm, Tickets Available\n\nThe show was loud. Tickets start at forty dollars for the whole night.',
      'Tickets Available',
    ],
    [
      'a brand alone is no surname',
      'Brightwell Forecast predicts admissions, and Brightwell Analytics sells it to hospitals.\n\nAmara founded Brightwell after ten years as a nurse in a busy ward.',
      'Brightwell Forecast',
    ],
    [
      'a venue alone is no surname',
      'Lakeside Rovers host Eastport Falcons at Lakeside Arena next week.\n\nWe knew Lakeside would press high, so we played the ball over them all night.',
      'Lakeside Arena',
    ],
    [
      'a list goes on after the comma',
      'For the batter I use Galbani Ricotta or Organic Valley, and King Arthur Flour for the batter, with salt.',
      'Organic Valley',
    ],
    [
      'a title before a common noun of the text',
      'Fold in the flour slowly. I buy King Arthur Flour because the flour is fine and fresh every time.',
      'Arthur Flour',
    ],
    [
      'a nationality inside a name',
      'Melt 2 tablespoons Kerrygold Pure Irish Butter in a pan, then tag Butter and Thyme when you share the dish.',
      'Kerrygold Pure Irish Butter',
    ],
    [
      'a first word after a determiner is a modifier',
      'I am on Windows Subsystem for Linux. Keep the project off the mounted Windows drive, because it is slow.',
      'Windows Subsystem',
    ],
    ['a suffix after a titled name', 'Take a taxi along Martin Luther King Jr. Boulevard into the old town.', 'Jr'],
    [
      'a role noun that is the verb of a plural team',
      'Next Sunday Lakeside Rovers host Eastport Falcons at the old ground by the river.',
      'Eastport Falcons',
    ],
    [
      'a coach that is the verb of a plural club',
      'In the spring the Harbor Wanderers coach Westbrook Juniors on the training pitch.',
      'Westbrook Juniors',
    ],
    ['a lone team after a verb-like role', 'Jordan Pickford saved twice. Everton host Arsenal on Saturday.', 'Arsenal'],
    [
      'a capitalised noun before the comma',
      'Saturday, The Rusty Anchor, Doors 8pm, Free Entry before nine for everyone who comes early.',
      'Doors',
    ],
  ])('%s', (_rule, text, notPerson) => {
    expect(people(text)).not.toContain(notPerson);
  });
});

describe('the same rules leave real people marked', () => {
  it.each([
    [
      'a first-name back-reference with a given name',
      'Diego Marín scored twice. Diego was outstanding on the night.',
      'Diego Marín',
    ],
    [
      'a titled name whose surname also stands alone',
      'He said his daughter Ivanka Trump would be incredible. It was his trump card, and Trump said so twice.',
      'Ivanka Trump',
    ],
    [
      'an occupation opening a sentence',
      'Saxophonist Felix Navarro has led the Sunday Jazz Brunch for six years, and he still takes requests.',
      'Felix Navarro',
    ],
    ['a host of an outlet', 'The debate was chaired by Fox News host Tobiah Quell on Tuesday night.', 'Tobiah Quell'],
    [
      'a host after a common noun',
      'The talk show host Tobiah Quell opened the evening with a long joke.',
      'Tobiah Quell',
    ],
    [
      'a surname back-reference',
      'Tobiah Quell opened the port. Later Quell walked along the quay in the rain.',
      'Tobiah Quell',
    ],
    ['a lower-case role before the comma', 'Her husband, Carlos, said the boat had left without them.', 'Carlos'],
    [
      'an apposition that names a role',
      'Theo Vance, the general manager of the hotel, said rooms were full.',
      'Theo Vance',
    ],
    [
      'a title before a name',
      'The bill was signed by Governor Alicia Brandt on Monday in the capital.',
      'Alicia Brandt',
    ],
  ])('%s', (_rule, text, person) => {
    expect(people(text)).toContain(person);
  });
});

describe('an occupation word opening a sentence', () => {
  it.each([
    ['saxophonist', true],
    ['historian', true],
    ['singer', true],
    ['coach', true],
    ['felix', false],
    ['christian', false],
    ['lakeside', false],
    ['list', false],
  ])('%s: %s', (word, occupation) => {
    expect(isOccupation(word, false)).toBe(occupation);
  });
});

describe('a colour listed with colours is a finish, not a person', () => {
  it.each([
    ['after another finish', 'Shop it in Jet Black or ', 'Rose Gold', ' today.', true],
    ['before another finish', 'Choose ', 'Rose Gold', ', Midnight Blue or Graphite.', true],
    ['beside a person', 'Tom White and ', 'Nancy Green', ' said so.', false],
    ['alone in a sentence', 'Later ', 'Rose Gold', ' said she was tired.', false],
    ['no colour', 'Shop it in Jet Black or ', 'Rose Marsh', ' today.', false],
  ])('%s', (_rule, before, name, after, finish) => {
    const text = `${before}${name}${after}`;
    expect(listedAsFinish(text, name, { start: before.length, end: before.length + name.length })).toBe(finish);
  });

  it.each([
    [
      'finishes',
      'Shop the watch in Jet Black or Rose Gold at the store. Rose Gold sells out fast.',
      'Rose Gold',
      false,
    ],
    ['people', 'Tom White and Nancy Green said the plan would work, and White left early.', 'Nancy Green', true],
  ])('%s', (_rule, text, name, person) => {
    expect(people(text).includes(name)).toBe(person);
  });
});

describe('a group speaking is not a person', () => {
  it.each([
    ['merchants', 'say', true],
    ['campaigners', 'warn', true],
    ['several', 'told', true],
    ['most', 'said', true],
    ['jones', 'says', false],
    ['moss', 'say', false],
    ['merchants', 'said', false],
  ])('%s %s: %s', (lower, next, group) => {
    expect(speaksAsGroup(lower, next)).toBe(group);
  });

  it.each([
    [
      'a plural verb',
      'Hay prices have risen sharply. Merchants say a large bale now costs twice as much.',
      'Merchants',
    ],
    ['a quantifier', 'A few left the sea altogether. Several told me they had struggled with the noise.', 'Several'],
  ])('%s', (_rule, text, group) => {
    expect(people(text)).not.toContain(group);
  });
});

describe('a body referred back to by its first word is listed as a body', () => {
  it.each([
    [
      'a company',
      'Northwind Grid Storage, a developer of battery systems, will build a plant. “Storage is what turns cheap power into firm power,” Northwind said on Monday.',
      'Northwind Grid Storage',
      false,
    ],
    [
      'a person with three names',
      'Maria Elena Duarte, a developer of battery systems, will build a plant. “It works,” Duarte said on Monday.',
      'Maria Elena Duarte',
      true,
    ],
  ])('%s', (_rule, text, name, person) => {
    expect(people(text).includes(name)).toBe(person);
  });
});
