import { describe, expect, it } from 'vitest';
import { pickLanguage } from '@/lib/detect/text/language';
import { tokenize } from '@/lib/detect/text/tokens';
import { lookupWord } from '@/lib/detect/text/word-table';

const TABLE: Record<string, 'm' | 'f'> = { il: 'm', elle: 'f', sie: 'f' };

describe("lookupWord answers with the table's own entries only", () => {
  it.each(['il', 'elle', 'sie', 'he', '', 'Il'])('%j', (word) => {
    expect(lookupWord(TABLE, word)).toBe(TABLE[word]);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%j is no entry', (word) => {
    expect(lookupWord(TABLE, word)).toBeUndefined();
  });

  it('reads a table built after an earlier lookup of another table', () => {
    const other: Record<string, number> = { one: 1 };
    expect(lookupWord(other, 'one')).toBe(1);
    expect(lookupWord(TABLE, 'one')).toBeUndefined();
  });
});

/** The token fields the quick paths decide, beside what the plain rules say of the same word. */
function capOf(text: string): boolean[] {
  return tokenize(text).map((t) => t.cap);
}

describe('tokenize keeps its capital and pronoun rules', () => {
  it.each([
    ['Obama said', [true, false]],
    ["L'économiste D'Estaing d'Estaing", [false, true, true]],
    ['al-Bashir bin-Salman el-Sisi ad-Din', [true, true, true, true]],
    ['Ébert élan Ωmega ωmega', [true, false, true, false]],
    ['about also baker dean idle', [false, false, false, false, false]],
  ])('%s', (text, caps) => {
    expect(capOf(text)).toEqual(caps);
  });

  it.each([
    ['dit-il', ['dit', 'il']],
    ['a-t-elle', ['a', 'elle']],
    ['well-known', ['well-known']],
    ['ditil', ['ditil']],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });
});

describe('pickLanguage counts each lexicon’s common words', () => {
  it.each([
    ['Le président a dit que la France et les pays de la région sont dans une situation difficile.', undefined, 'fr'],
    [
      'Der Minister sagte, dass die Regierung und der Bundestag nicht mit dem Plan einverstanden sind.',
      undefined,
      'de',
    ],
    ['The minister said that the government and the parliament are not in agreement with the plan.', 'fr', 'en'],
    ['Short text.', 'es-ES', 'es'],
  ])('%s', (text, declared, code) => {
    expect(pickLanguage(text, declared)).toBe(code);
  });
});
