/**
 * A light English stemmer for relevance: folds plurals, possessives, -ed and -ing, and a final e, so
 * "respects", "respected" and "respecting" meet, and "force", "forces" and "forced" meet. It aims at
 * agreement between forms, not at readable roots; stems are never shown.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s?$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('eed')) {
    // "agreed" -> "agree", while "need" and "speed" are words of their own.
    if (w.length > 5) w = w.slice(0, -1);
  } else {
    const m = /^(.{3,}?)(?:ing|ed)$/.exec(w);
    // The rest must still be a syllable: "sing" and "red" are words, not inflections.
    const rest = m?.[1];
    if (rest && /[aeiouy]/.test(rest)) {
      w = rest;
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
