import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { definedAcronyms, initials, longForm, orgAbbreviates, spelledOut } from '@/lib/detect/people/acronyms';
import { bodies } from '@/lib/detect/people/body-lexicon';
import { findPeople } from '@/lib/detect/people/people';
import { useLanguage } from '@/lib/detect/text/language';

describe('an acronym speaker takes the name the page spells out', () => {
  it.each([
    ['Úřad oznámil, že Energetický regulační úřad (ERÚ) zvýší ceny.', 'ERÚ', 'Energetický regulační úřad'],
    ['A Associação de Proprietários de Lisboa (APL) discorda.', 'APL', 'Associação de Proprietários de Lisboa'],
    ['The Department of Environmental Quality (DEQ) fined the plant.', 'DEQ', 'Department of Environmental Quality'],
    ['La Confederación Empresarial de Madrid (CEM) lo rechaza.', 'CEM', 'Confederación Empresarial de Madrid'],
  ])('%s', (text, acronym, long) => {
    expect(longForm(text, acronym)).toBe(long);
  });

  it.each([
    // Initials that do not spell it out, or a phrase that does not open on a capital, name nothing.
    ['The plan (ABC) was late.', 'ABC'],
    ['Say the words among candidates (WAC) now.', 'WAC'],
  ])('no long form in %s', (text, acronym) => {
    expect(longForm(text, acronym)).toBeNull();
  });

  it('skips only the small words between the initials', () => {
    expect(spelledOut(['the', 'Board', 'of', 'Trade'], 'BT')).toBe('Board of Trade');
  });

  it('names the quote of a body quoted by its acronym by its full name', () => {
    const text =
      'Energetický regulační úřad (ERÚ) v úterý zveřejnil nové ceny. „Ceny porostou,“ uvedl ERÚ v tiskové zprávě.';
    const q = detect(text, { lang: 'cs' }).quotes.find((x) => x.text.startsWith('Ceny'));
    expect(q?.speaker).toBe('Energetický regulační úřad');
  });
});

describe('a short word abbreviates an organisation named before', () => {
  it.each([
    ['Federal Reserve', 'Fed', true],
    ['Nuclear Regulatory Commission', 'NRC', true],
    ['Harbor Transit Authority', 'HTA', true],
    // Two letters are too few to tell, and a word is not its own short form.
    ['Harbor Transit', 'HT', false],
    ['Harbor Transit Authority', 'Harbor', false],
    ['Federal Reserve', 'FBI', false],
  ])('%s by "%s": %s', (name, word, expected) => {
    expect(orgAbbreviates(name, word)).toBe(expected);
  });

  it('reads initials as written', () => {
    expect(initials(['Bank', 'of', 'England'])).toBe('BoE');
  });
});

describe('the acronyms a page defines after a body it recognises', () => {
  afterEach(() => useLanguage('en'));

  it.each([
    [
      'fr',
      'La Fédération départementale des syndicats d’exploitants agricoles (FDSEA) proteste. La FDSEA réclame des aides.',
      'FDSEA',
      'Fédération départementale des syndicats d’exploitants agricoles',
    ],
    [
      'en',
      'The Oregon Department of Environmental Quality (DEQ) fined the plant on Monday.',
      'DEQ',
      'Oregon Department of Environmental Quality',
    ],
  ])('%s: %s', (lang, text, acronym, name) => {
    useLanguage(lang);
    const b = bodies();
    if (!b) throw new Error(`no body lexicon for ${lang}`);
    expect(definedAcronyms(text, b, findPeople(text)).get(acronym)?.name).toBe(name);
  });

  it('finds none on a page without parentheses', () => {
    useLanguage('en');
    const b = bodies();
    if (!b) throw new Error('no body lexicon for en');
    const text = 'The Harbor Transit Authority said fares would rise.';
    expect(definedAcronyms(text, b, findPeople(text)).size).toBe(0);
  });
});
