import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { findPeople } from '@/lib/detect/people/people';

const person = (text: string, name: string) => detect(text).people.find((p) => p.name === name);

describe('people: names and roles', () => {
  it.each([
    ['title before the name', 'Chinese Ambassador Zhang Jun spoke.', 'Zhang Jun', 'Chinese Ambassador'],
    ['long title', 'Russian Foreign Minister Sergei Lavrov arrived.', 'Sergei Lavrov', 'Russian Foreign Minister'],
    ['lower-case title', 'Morton County sheriff Kyle Baird spoke.', 'Kyle Baird', 'Morton County sheriff'],
    [
      'apposition before',
      'Its senior spokesperson, Hua Chunying, told reporters.',
      'Hua Chunying',
      'senior spokesperson',
    ],
    ['apposition after', 'Jason Zeller, the Mandan police chief, said so.', 'Jason Zeller', 'Mandan police chief'],
    [
      'organisation then title',
      'Chinese Foreign Ministry spokesperson Hua Chunying spoke.',
      'Hua Chunying',
      'Chinese Foreign Ministry spokesperson',
    ],
    ['title with an organisation word', 'Police Chief Dana Kim said so.', 'Dana Kim', 'Police Chief'],
    [
      'surname that is also a place word, after a title',
      'Finance Minister Lena Park spoke.',
      'Lena Park',
      'Finance Minister',
    ],
    [
      'relative clause as the role',
      'Matt Moore, who was the party chairman in the state when the race began, said no.',
      'Matt Moore',
      'party chairman in the state',
    ],
    [
      'occupation tied to an organisation',
      'Dr. Priya Nair, an epidemiologist at the University of Leeds, said so.',
      'Priya Nair',
      'epidemiologist at the University of Leeds',
    ],
    [
      'role of an organisation before the name',
      'The leader of Ennahda, Rachid Ghannouchi, spoke.',
      'Rachid Ghannouchi',
      'leader of Ennahda',
    ],
    [
      'apposition-only role noun',
      'Said Eric Reeves, a senior fellow at Harvard University.',
      'Eric Reeves',
      'senior fellow at Harvard University',
    ],
    [
      'person of an organisation',
      'As reported by Alexandra Olgin of South Carolina Public Radio, he left.',
      'Alexandra Olgin',
      'of South Carolina Public Radio',
    ],
    ['apposition after a count word', 'Another witness, Polly Sheppard, spoke.', 'Polly Sheppard', 'witness'],
    ['rank title abbreviated', 'Lt. Gen. H. R. McMaster arrived.', 'H. R. McMaster', 'Lt. Gen.'],
    ['initials before the surname', 'Author J.K. Rowling wrote back.', 'J.K. Rowling', 'Author'],
    ['title with "of"', 'Secretary of State Mike Pompeo spoke.', 'Mike Pompeo', 'Secretary of State'],
    [
      'title with "of" and a place-word surname',
      'Minister of Finance Lena Park spoke.',
      'Lena Park',
      'Minister of Finance',
    ],
    ['title after an organisation word', 'House Speaker Nancy Pelosi objected.', 'Nancy Pelosi', 'House Speaker'],
    ['former + title', 'He replaced former Secretary of State Rex W. Tillerson last year.', 'Rex W. Tillerson', null],
  ])('%s', (_name, text, name, role) => {
    const p = person(text, name);
    expect(p).toBeDefined();
    if (role) expect(p!.role).toBe(role);
  });
});

describe('people: merging mentions', () => {
  it('merges surname mentions and transliteration variants into one person', () => {
    const text = 'Sergey Lavrov spoke. Lavrov laid the blame. Later Sergei Lavrov arrived.';
    const people = detect(text).people.filter((p) => p.name.includes('Lavrov'));
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Sergey Lavrov');
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergei Lavrov']));
    expect(people[0]!.mentions).toHaveLength(3);
  });

  it('keeps two people who share a surname apart by honorific', () => {
    const text = 'President Dan Ward and his daughter Ivy Ward arrived. Mr. Ward spoke; Ms. Ward smiled.';
    const idx = findPeople(text);
    const dan = idx.entities.find((e) => e.name === 'Dan Ward')!;
    const ivy = idx.entities.find((e) => e.name === 'Ivy Ward')!;
    expect(dan.aliases).toContain('Ward');
    expect(ivy.aliases).toContain('Ward');
    const at = (s: string) =>
      idx.mentions.find((m) => text.slice(m.start, m.end) === 'Ward' && m.start > text.indexOf(s));
    expect(at('Mr.')?.entity).toBe(dan.id);
    expect(at('Ms.')?.entity).toBe(ivy.id);
  });

  it.each([
    [
      'a particle inside the name',
      'In 1996 Osama bin Laden lived there. Bin Laden left.',
      'Osama bin Laden',
      ['Bin Laden'],
    ],
    [
      'a particle glued to the surname',
      'Sudan’s president, Omar Hassan al-Bashir, spoke. Mr. Bashir left.',
      'Omar Hassan al-Bashir',
      ['Bashir'],
    ],
  ])('merges %s', (_name, text, name, aliases) => {
    expect(person(text, name)?.aliases).toEqual(aliases);
  });

  it('merges a family-name-first surname ("Wang" for Wang Yi)', () => {
    const p = person('Wang Yi and Sergey Lavrov spoke. Wang backed Moscow.', 'Wang Yi');
    expect(p?.mentions).toHaveLength(2);
  });

  it('does not take the end of a place name for a mention of someone', () => {
    const idx = findPeople('Dakota Smith opposed it. The North Dakota governor spoke.');
    expect(idx.entities.find((e) => e.name === 'Dakota Smith')?.mentions).toHaveLength(1);
  });

  it('does not take "the Bill" for the first name of Bill Shorten', () => {
    const p = person('Opposition Leader Bill Shorten wrote. The Bill passed.', 'Bill Shorten');
    expect(p?.mentions).toHaveLength(1);
  });

  it('gives mentions as offsets into the text', () => {
    const text = 'Yesterday Maria Lopez spoke and Lopez left.';
    const p = person(text, 'Maria Lopez')!;
    expect(p.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Maria Lopez', 'Lopez']);
  });
});

describe('people: not people', () => {
  it.each([
    ['places after "in"', 'Protesters gathered in Standing Rock. Standing Rock is cold.', 'Standing Rock'],
    ['places by their words', 'He flew to North Dakota on Friday.', 'North Dakota'],
    ['organisations', 'The Security Council met. The Foreign Ministry said no.', 'Security Council'],
    ['capitalised common words', 'The Cold War ended, but war goes on.', 'Cold War'],
    ['sentence openers', 'However Many things happened.', 'However Many'],
    ['plural demonyms', 'Native Americans marched in the city.', 'Native Americans'],
    ['hashtags and handles', 'The #Hamilton Chicago show and @Jane Doe posts.', 'Hamilton Chicago'],
    ['an adjective before a name of a group', 'He spoke for fellow Ennahda members.', 'Ennahda'],
    ['a nationality before a common noun', 'The notes of the British Bill were read.', 'British Bill'],
    ['capitalised things', 'Lawmakers debated the Data Retention Bill on Monday.', 'Data Retention Bill'],
    ['common words that open a sentence', 'Protesters Jane Roe spoke. Many protesters stayed.', 'Protesters Jane Roe'],
  ])('%s', (_name, text, name) => {
    expect(findPeople(text).entities.find((e) => e.kind === 'person' && e.name === name)).toBeUndefined();
  });
});
