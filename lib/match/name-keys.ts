/**
 * Name normalisation shared by the library index and person resolution, so "Mr. Sergei Lavrov's" on a page and
 * "Sergey Lavrov" in the library reduce to the same key.
 */

/** Titles that precede a name but are not part of it. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'madam', 'mme', 'herr']);

/** Lowercases, strips accents, honorifics, possessives and punctuation; collapses whitespace. */
export function normaliseName(raw: string): string {
  const folded = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // A possessive belongs to the sentence, not the name: "Lavrov's", "Hughes'".
    .replace(/(\p{L})'s?(?=\s|$|[^\p{L}])/gu, '$1')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/[-'\s]+/g, ' ')
    .trim();
  const tokens = folded.split(' ').filter(Boolean);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens.shift();
  return tokens.join(' ');
}

/**
 * Reduces one token to a spelling shared by its common romanisations: Sergey/Sergei, Dmitriy/Dmitry/Dmitri,
 * Zelenskyy/Zelenskiy/Zelensky, Aleksei/Alexei. Only for matching; never shown.
 */
export function foldTransliteration(token: string): string {
  let t = token.replace(/x/g, 'ks').replace(/ey/g, 'ei');
  // Endings: -iy, -yy, -ii, -y all romanise the same Cyrillic ending.
  t = t.replace(/(?:iy|yy|ii|y)$/, 'i');
  return t.length > 1 ? t : token;
}

/** The index key of a name: normalised, each token folded. Equal keys mean "same name, any spelling". */
export function nameKey(raw: string): string {
  return normaliseName(raw).split(' ').filter(Boolean).map(foldTransliteration).join(' ');
}

/** The folded tokens of a name, for surname and initial matching. */
export function nameTokens(raw: string): string[] {
  const key = nameKey(raw);
  return key ? key.split(' ') : [];
}

/** Every index key a person is known by: the name and each alias. */
export function keysOf(person: { name: string; aliases: string[] }): string[] {
  return unique([person.name, ...person.aliases].map(nameKey).filter(Boolean));
}

/**
 * Every token of the person's canonical name, so a bare surname finds them through the index. Aliases are
 * left out: role nouns ("Beijing's top diplomat") would make "top" and "diplomat" find them; whole aliases
 * are already found through keysOf.
 */
export function tokensOf(person: { name: string }): string[] {
  return unique(nameTokens(person.name).filter((t) => t.length > 1));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
