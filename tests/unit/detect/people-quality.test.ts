import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { bylines } from '@/lib/detect/people/bylines';
import { findPeople } from '@/lib/detect/people/people';

/** Names of the people (and quoted organisations) detection lists for `text`. */
const names = (text: string) => detect(text).people.map((p) => p.name);
/** Role detection gives the person named `name` in `text`. */
const roleOf = (text: string, name: string) => detect(text).people.find((p) => p.name === name)?.role;

describe('capitalised events and things are not people', () => {
  it.each([
    ['an invasion', 'Markets fell after the Crimea Invasion began, said Ola Berg.', 'Crimea Invasion'],
    ['a ceasefire', 'The Sinai Ceasefire held for a week, Ola Berg said.', 'Sinai Ceasefire'],
    ['a summit', 'Ola Berg flew home after the Lisbon Summit ended.', 'Lisbon Summit'],
    ['an operation', 'Ola Berg recalled how Operation Blue Harbour unfolded.', 'Operation Blue Harbour'],
    ['a pandemic', 'The Great Pandemic changed travel, Ola Berg said.', 'Great Pandemic'],
    ['a council quoted by name', '"We remain divided," the Trusteeship Council told Ola Berg.', null],
    ['a court as the subject', 'The Supreme Court ruled on Friday. Ola Berg welcomed the ruling.', null],
    ['a rulebook after "the"', 'The Harbor Rules ban fishing at night, Ola Berg said.', 'Harbor Rules'],
    ['a doctrine after "the"', 'Critics of the Berger Doctrine met Ola Berg on Monday.', 'Berger Doctrine'],
  ])('%s', (_name, text, thing) => {
    const people = detect(text).people;
    if (thing) expect(people.map((p) => p.name)).not.toContain(thing);
    expect(people.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual(['Ola Berg']);
  });
});

describe('a title stated anywhere beats a relational apposition', () => {
  it.each([
    [
      'plural title after, relational first',
      'Lena Ekholm met her Finnish counterpart, Jari Koski, in Oslo. Later the trade ministers of Finland and Norway, Jari Koski and Lena Ekholm, signed the pact.',
      'Jari Koski',
      'trade minister',
    ],
    [
      'plural title first, relational later',
      'The trade ministers of Finland and Norway, Jari Koski and Lena Ekholm, signed the pact. Ekholm thanked her Finnish counterpart, Jari Koski.',
      'Jari Koski',
      'trade minister',
    ],
    [
      'second name of a plural title',
      'The trade ministers of Finland and Norway, Jari Koski and Lena Ekholm, signed the pact.',
      'Lena Ekholm',
      'trade minister',
    ],
    [
      'plural role noun right before the names',
      'The two envoys, Mira Sand and Tor Lie, left early.',
      'Tor Lie',
      'envoy',
    ],
    [
      'relational role kept when nothing better is stated',
      'Ola Berg called his predecessor, Nils Holt, a friend.',
      'Nils Holt',
      'predecessor',
    ],
    [
      'title before the name beats a later relational apposition',
      'Defence Minister Anna Lind spoke first. Her Danish counterpart, Anna Lind, was not there.',
      'Anna Lind',
      'Defence Minister',
    ],
  ])('%s', (_name, text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('byline names are authors, not people in the story', () => {
  it.each([
    ['two authors', 'By Clara Voss and Ben Okafor\n\n"We will act," said Minister Paul Hart.', ['Paul Hart']],
    ['author with outlet', 'By Clara Voss, Northern Times\n\n"We will act," said Minister Paul Hart.', ['Paul Hart']],
    ['reporting credit', '"We will act," said Minister Paul Hart.\n\nReporting by Clara Voss', ['Paul Hart']],
    [
      'a long credit line with several roles',
      '"We will act," said Minister Paul Hart.\n\nReporting by Clara Voss; Additional reporting by Ben Okafor in Lagos and Mia Roth in Bonn; Editing by Tom Hale and Ines Gray',
      ['Paul Hart'],
    ],
    [
      'an author named again in the story stays',
      'By Clara Voss\n\n"We will act," Minister Paul Hart told Clara Voss.',
      ['Clara Voss', 'Paul Hart'],
    ],
    [
      'a sentence opening with "By" is no byline',
      'By Friday, Minister Paul Hart and Clara Voss had left the talks.',
      ['Paul Hart', 'Clara Voss'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort());
  });

  it('keeps a byline name who is quoted', () => {
    const d = detect('By Clara Voss\n\n"I saw it myself," Voss wrote.');
    expect(d.people.map((p) => p.name)).toContain('Clara Voss');
  });

  it.each([
    ['By Ann Lee and Raj Rao', 1],
    ['By Tuesday the talks were over and everyone left', 0],
    ['Additional reporting by Ann Lee in Oslo', 1],
    ['Stand by me', 0],
    ['By\n\nAnn Lee', 1],
  ])('bylines(%j)', (line, n) => {
    expect(bylines(`Intro.\n${line}\nMore text.`)).toHaveLength(n);
  });
});

describe('long titles between the cue and the name', () => {
  it('attributes "said <organisation> President <Name>"', () => {
    const d = detect('"We are worried," said Security Council President Ana Reyes.');
    expect(d.quotes[0]!.speaker).toBe('Ana Reyes');
  });
});

describe('who is a person', () => {
  it.each([
    [
      'a spokesman described with his agency stays a person',
      '"We are not there yet," said Omar Reid, a spokesman for the agency.',
      'Omar Reid',
      'person',
    ],
    [
      'a lone first name in apposition to a role',
      'Her husband, Carlos, added: "He was our whole world."',
      'Carlos',
      'person',
    ],
    ['a surname ending like a plural demonym', '"We are staying," said Jo Evans, 34.', 'Jo Evans', 'person'],
    ['another such surname', 'Councillor Amy Reese said the plan was "overdue".', 'Amy Reese', 'person'],
    [
      'an employer after "analysts at"',
      'Analysts at Harper Lyle said the fine was "manageable."',
      'Harper Lyle',
      'organisation',
    ],
    [
      'a lone name described with "which"',
      'Kestrel said the ban was "unworkable." Kestrel, which makes drones, will appeal.',
      'Kestrel',
      'organisation',
    ],
    [
      'a name ending in a place word, given a role in apposition',
      "The agency's director, Dana Hill, spoke.",
      'Dana Hill',
      'person',
    ],
  ])('%s', (_name, text, name, kind) => {
    expect(detect(text).people.find((p) => p.name === name)?.kind).toBe(kind);
  });

  it.each([
    ['a country with a relative clause after it', 'The envoy to Germany, who served as a spokesman for him, left.'],
    ['capitalised market things', 'U.S. Treasuries rallied and the Global Compact stalled.'],
    ['plural demonyms', 'Native Americans and Ukrainians marched with Vietnamese students.'],
    ['a city after "in" before "said"', 'Officials in Mariupol said the shelling was "relentless".'],
    ['a park without a role', 'Crowds gathered in Hyde Park. Thousands marched past Hyde Park on Sunday.'],
  ])('no person: %s', (_name, text) => {
    expect(detect(text).people.filter((p) => p.kind === 'person')).toEqual([]);
  });

  it('reads an employer after "a professor at" as an organisation that did not speak', () => {
    const text = 'A professor at Leland Stanford called it "a fad."';
    expect(findPeople(text).entities.find((e) => e.name === 'Leland Stanford')?.kind).toBe('organisation');
    expect(detect(text).quotes[0]!.speaker).toBeNull();
  });

  it('reads "shadow" as part of a title', () => {
    const d = detect('The shadow home secretary, Priya Nair, said: "This is a shambles."');
    expect(d.people[0]).toMatchObject({ name: 'Priya Nair', role: 'shadow home secretary' });
  });
});
