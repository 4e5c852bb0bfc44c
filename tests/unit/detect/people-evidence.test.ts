import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { isGivenName } from '@/lib/detect/people/given-names';
import { elisionLength, inflectsNames, sameInflected } from '@/lib/detect/people/name-forms';

/** Names of the people detection would mark in `text`. */
const people = (text: string) =>
  detect(text)
    .people.filter((p) => p.kind === 'person')
    .map((p) => p.name);

describe('capitals alone do not make a person', () => {
  it.each([
    ['a product finish', 'Choose your finish: Onyx Black or Arctic White, both with a steel handle and a glass shelf.'],
    ['an offer', 'Every model ships with Free Shipping and Easy Returns, and Limited Time Offer prices end on Friday.'],
    ['a touch screen', 'The Customizable Touch Screen shows recipes, calendars and notes for the whole family.'],
    ['gallery controls', 'Full Screen\n\nSkip Ad\n\nNext Image\n\nThe boats drift past the bridge at night.'],
    ['a heading', 'What We Would Do Differently\n\nWe would have upgraded the tools first.'],
    [
      'technologies',
      'Our React Native app builds faster, and Visual Studio Code no longer spins its fans on Apple Silicon.',
    ],
    ['an owned product', 'We pinned our Ruby Gems and moved the cache to Cloud Storage Buckets last week.'],
    ['a team', 'The win at the ground of Aston Villa filled the papers, and Crystal Palace lost again.'],
    ['a suffix alone', 'He wrote to Jr about the plan, and nobody replied to the letter for a week.'],
    ['a crowd speaking', '"We had nowhere to go," People told the council on Monday evening.'],
  ])('%s', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a person has evidence', () => {
  it.each([
    ['a title', 'The bill was signed by Governor Alicia Brandt on Monday in the capital.', 'Alicia Brandt'],
    [
      'a role in apposition',
      'Tobiah Quell, the port authority chairman, opened the meeting in the town hall.',
      'Tobiah Quell',
    ],
    ['a speech cue after', 'The terminals will reopen on Monday, Tobiah Quell said in a statement.', 'Tobiah Quell'],
    ['a speech cue before', 'The deal is fair, said Tobiah Quell, who led the talks for the union.', 'Tobiah Quell'],
    ['according to', 'The roof will be fixed, according to Tobiah Quell, before the winter comes.', 'Tobiah Quell'],
    ['a given name', 'The stall belongs to Daniel Okafor, whose dumplings sold out by nine.', 'Daniel Okafor'],
    ['initials', 'The novel by J.K. Rowling sold more copies than any other this year.', 'J.K. Rowling'],
    [
      'the surname again in prose',
      'Tobiah Quell opened the meeting. Later in the evening Quell told the room that the port would reopen.',
      'Tobiah Quell',
    ],
  ])('%s', (_name, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('forms of one name join their person', () => {
  it.each([
    [
      'a verb opening a headline',
      'Why Is Trump Still Winning\n\nDonald Trump said on Monday that he would hold a rally, and Trump repeated it later.',
      'Donald Trump',
    ],
    [
      'Russian genitive',
      'Андрей Рудьков сказал, что команда готова к сезону. Слова Андрея Рудькова подтвердили в клубе, и тренер согласился с ним полностью.',
      'Андрей Рудьков',
    ],
    [
      'Czech cases',
      'Tomáš Souček dal gól. Trenér chválil Tomáše Součka, protože Souček hrál výborně. Součkovi se daří a fanoušci jsou nadšení, říká klub.',
      'Tomáš Souček',
    ],
    [
      'French elision',
      "Le livre d'Alan Moore est sorti. Alan Moore a dit qu'il était content du résultat.",
      'Alan Moore',
    ],
    ['Italian elision', "Il romanzo dell'Anna Ferri è uscito. Anna Ferri ha detto che è contenta.", 'Anna Ferri'],
  ])('%s', (_name, text, name) => {
    const found = people(text);
    expect(found).toEqual([name]);
  });
});

describe('name forms', () => {
  it.each([
    ['rudkov', 'rudkova', true],
    ['soucek', 'soucka', true],
    ['андреи', 'андрея', true],
    ['smith', 'smyth', false],
    ['black', 'blanc', false],
    ['lee', 'li', false],
  ])('%s and %s are one name: %s', (a, b, same) => {
    expect(sameInflected(a, b)).toBe(same);
  });

  it.each([
    ["d'Alan", 2],
    ['l\u2019Europe', 2],
    ["dell'Acqua", 5],
    ["D'Angelo", 0],
    ['Alan', 0],
  ])('%s opens with an elision of %i letters', (word, n) => {
    expect(elisionLength(word)).toBe(n);
  });

  it.each([
    ['Tomáš Souček dal gól a trenér ho chválil, říká klub. '.repeat(4), true],
    ['Андрей Рудьков сказал, что команда готова.', true],
    ['The port reopened on Monday after the strike, officials said. '.repeat(4), false],
  ])('%s inflects names: %s', (text, yes) => {
    expect(inflectsNames(text)).toBe(yes);
  });
});

describe('given names', () => {
  it.each([
    ['Daniel', false, true],
    ['André', false, true],
    ['Tomáše', true, true],
    ['Pavla', true, true],
    ['Андрея', true, true],
    ['Okna', true, false],
    ['Time', false, false],
    ['Tomáše', false, false],
    ['Onyx', false, false],
  ])('%s (case endings read: %s) is a given name: %s', (word, inflected, yes) => {
    expect(isGivenName(word, inflected)).toBe(yes);
  });
});
