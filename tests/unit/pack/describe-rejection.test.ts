import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeProblem, describeRejection, type Rejection } from '@/lib/pack/describe-rejection';
import { speak, speakEnglish } from '@/tests/support/speak';

const rejection = (over: Partial<Rejection>): Rejection => ({
  list: 'statements',
  index: 2,
  record: 'statements[2] (id "s-5")',
  problem: 'date is not an ISO date (a real year, month or day in the years 1000–9999)',
  knockOn: false,
  ...over,
});

describe('describeRejection in the reader’s language', () => {
  afterEach(speakEnglish);

  it.each([
    ['en', {}, /^Statement 3 \(id "s-5"\): date is not a date \(/],
    [
      'en',
      { list: 'people', index: 0, record: 'people[0]', problem: 'name is missing' },
      /^Person 1: name is missing$/,
    ],
    [
      'en',
      { problem: 'sources[0].url is not an http(s) link' },
      /: sources\[0\]\.url is not a web link \(http or https\)$/,
    ],
    [
      'en',
      { list: 'relations', index: 4, record: 'relations[4] (id "r")', problem: 'id "r" is used twice' },
      /^Relation 5 \(id "r"\): id "r" is used twice$/,
    ],
    ['fr', {}, /^Déclaration 3 \(id « s-5 »\) : date n'est pas une date \(/],
    [
      'fr',
      { list: 'people', index: 0, record: 'people[0]', problem: 'name is missing' },
      /^Personne 1 : name est absent$/,
    ],
    ['fr', { problem: 'text is too long' }, /: text est trop long$/],
    ['fr', { problem: 'sources[0].url is not a URL' }, /: sources\[0\]\.url n'est pas une adresse web$/],
    [
      'fr',
      { problem: 'personId "p-9" is not a person in this pack' },
      /: personId « p-9 » n'est pas une personne de ce pack$/,
    ],
    [
      'fr',
      { problem: 'toId "s-9" is a statement that was rejected' },
      /: toId « s-9 » est une déclaration qui a été écartée$/,
    ],
    ['fr', { problem: 'id "s-5" is used twice' }, /: id « s-5 » est utilisé deux fois$/],
    [
      'en',
      { problem: 'fromId "s-1" is not a statement in this pack' },
      /: fromId "s-1" is not a statement in this pack$/,
    ],
    [
      'en',
      { problem: 'personId "p-1" is a person that was rejected' },
      /: personId "p-1" is a person that was rejected$/,
    ],
  ] as const)('%s: %j', (locale, over, expected) => {
    speak(locale);
    expect(describeRejection(rejection(over))).toMatch(expected);
  });

  it('keeps a record named by its place in a feed, and a problem the schema did not word, as written', () => {
    const feed = rejection({ list: 'reviews', index: -1, record: 'dataFeedElement[3].item[0]', problem: 'odd' });
    expect(describeRejection(feed)).toBe('dataFeedElement[3].item[0]: odd');
    expect(describeProblem('key "constructor" is not allowed')).toBe('key "constructor" is not allowed');
  });

  it('falls back to the file’s own terms where there is no catalogue, as in a script', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof fakeBrowser.i18n.getMessage;
    const r = rejection({ problem: 'name is missing' });
    expect(describeRejection(r)).toBe(`${r.record}: name is missing`);
  });
});
