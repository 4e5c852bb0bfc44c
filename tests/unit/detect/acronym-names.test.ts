import { describe, expect, it } from 'vitest';
import { longForm, spelledOut } from '@/lib/detect/acronym-names';
import { detect } from '@/lib/detect/index';

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
