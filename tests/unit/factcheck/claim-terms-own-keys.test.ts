import { describe, expect, it } from 'vitest';
import { claimTerms } from '@/lib/factcheck/claim-terms';

/** Every term of every kind, as one list, so a term that is not a word of the text shows up. */
const allTerms = (text: string) => {
  const t = claimTerms(text);
  return [...t.words, ...t.entities, ...t.numbers, ...t.negated];
};

describe('claim terms from words that name inherited object properties', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    '"%s" is read as a plain word, never as a number word, a scale or a unit',
    (word) => {
      const terms = allTerms(`The ${word} rose 5 ${word} in 2024`);
      expect(terms.every((term) => typeof term === 'string')).toBe(true);
      // The same sentence with an ordinary word in its place gives the same numbers and as many terms.
      const control = claimTerms('The builder rose 5 builder in 2024');
      expect(claimTerms(`The ${word} rose 5 ${word} in 2024`).numbers).toEqual(control.numbers);
      expect(terms.join(' ')).not.toMatch(/function|native|object/i);
    },
  );

  it.each(['constructor', '__proto__', 'toString'])('"%s" after a number does not scale it', (word) => {
    expect(claimTerms(`7.6 ${word}`).numbers).toEqual(new Set(['7.6']));
  });
});
