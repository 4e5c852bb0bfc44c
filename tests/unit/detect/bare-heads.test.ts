import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of each quote in `text`, read as a page declared in `lang`, and the people listed. */
function read(text: string, lang: string) {
  const d = detect(text, { lang });
  return { speakers: d.quotes.map((q) => q.speaker), people: d.people.map((p) => p.name) };
}

describe('a body’s head noun alone is the body named in full, never a body of its own', () => {
  it.each([
    [
      'fr',
      'Dans un communiqué, la Fédération des artisans de Namur (FAN) a chiffré la perte. « Chaque jour coûte cher », écrit la fédération patronale.',
      'Fédération des artisans de Namur',
    ],
    [
      'es',
      'Según la Comisión Estatal de Puertos (CEP), el tráfico cayó. El alcalde acusó a la Comisión de “mentir”. Por su parte, la Comisión Federal de Costas informó que el nivel es “el más bajo”.',
      'Comisión Federal de Costas',
    ],
    [
      'es',
      'La Comisión Regional de Montes anunció cambios. Más tarde, la Comisión Estatal de Caza dijo que el plan es “inviable”.',
      'Comisión Estatal de Caza',
    ],
  ])('%s: %s', (lang, text, name) => {
    const { speakers, people } = read(text, lang);
    expect(speakers.at(-1)).toBe(name);
    expect(people).not.toContain(name.split(' ')[0]);
  });
});

describe('a saint’s name opening a place or institution names no person', () => {
  it.each([
    'The drive to St. Columba Medical Center took nine minutes. In a statement, St. Columba said it had "made no decisions".',
    'Patients praised St. Aidan Hospital. Later, St. Aidan said the unit would "stay open for now".',
  ])('%s', (text) => {
    const { speakers, people } = read(text, 'en');
    expect(speakers).not.toContain('Columba');
    expect(speakers).not.toContain('Aidan');
    expect(people).not.toContain('Columba');
    expect(people).not.toContain('Aidan');
  });

  it('still reads a person with a doctor’s title of a saint’s hospital', () => {
    const { speakers } = read('"It was fast," said Dr. Anna Reyes of St. Mary Hospital.', 'en');
    expect(speakers).toEqual(['Anna Reyes']);
  });
});
