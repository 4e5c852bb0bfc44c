import { describe, expect, it } from 'vitest';
import { foldTransliteration, keysOf, nameKey, normaliseName, tokensOf } from '@/lib/match/name-keys';

describe('normaliseName', () => {
  it.each([
    ['Sergey Lavrov', 'sergey lavrov'],
    ['  Mr. Lavrov ', 'lavrov'],
    ['Ms Hua Chunying', 'hua chunying'],
    ['Dr. Jürgen Müller', 'jurgen muller'],
    ['Lavrov’s', 'lavrov'],
    ["Lavrov's", 'lavrov'],
    ["Hughes'", 'hughes'],
    ["Conan O'Brien", 'conan o brien'],
    ['Jean-Yves Le Drian', 'jean yves le drian'],
    ['François Hollande', 'francois hollande'],
    ['Mr.', 'mr'],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});

describe('foldTransliteration', () => {
  it.each([
    ['sergey', 'sergei'],
    ['sergei', 'sergei'],
    ['dmitriy', 'dmitri'],
    ['dmitry', 'dmitri'],
    ['dmitri', 'dmitri'],
    ['zelenskyy', 'zelenski'],
    ['zelenskiy', 'zelenski'],
    ['zelensky', 'zelenski'],
    ['zelenskii', 'zelenski'],
    ['alexei', 'aleksei'],
    ['alexey', 'aleksei'],
    ['aleksey', 'aleksei'],
    ['yi', 'yi'],
    ['y', 'y'],
    ['wang', 'wang'],
  ])('%s -> %s', (token, expected) => {
    expect(foldTransliteration(token)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Mr. Sergei Lavrov’s', 'sergey lavrov', true],
    ['Volodymyr Zelenskyy', 'Volodymyr Zelensky', true],
    ['Dmitriy Peskov', 'Dmitry Peskov', true],
    ['Wang Yi', 'Wang Yu', false],
    ['Sergey Lavrov', 'Sergey Shoigu', false],
  ])('%j ~ %j is %s', (a, b, same) => {
    expect(nameKey(a) === nameKey(b)).toBe(same);
  });
});

describe('keysOf and tokensOf', () => {
  it('indexes the name and each alias once, and the name’s tokens', () => {
    const p = { name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov', 'Mr. Lavrov', "Russia's top diplomat"] };
    expect(keysOf(p)).toEqual(['sergei lavrov', 'lavrov', 'russia top diplomat']);
    expect(tokensOf(p)).toEqual(['sergei', 'lavrov']);
  });
});
