import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { nominativeName } from '@/lib/detect/name-forms';

describe('nominativeName', () => {
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
    expect(nominativeName(name, surname)).toBe(nominative);
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
