/**
 * The seed story as the e2e suite checks it: what the reader must see on the seed page. Kept apart from the
 * tests so both browsers are held to the same expectations.
 */

/** The fixture page the story opens (served from tests/fixtures/pages). */
export const SEED_PAGE = 'seed.html';

/** Officials the page names, as canonical names (a pattern where transliterations differ). */
export const SEED_PEOPLE: (string | RegExp)[] = [
  'Hua Chunying',
  'Wang Yi',
  /^Serge[iy] Lavrov$/,
  'Vladimir Putin',
  'Zhang Jun',
];

/** Every quotation of the seed article, by its opening words, with the speaker the page gives it. */
export const SEED_ATTRIBUTIONS: { opening: string; speaker: string | RegExp }[] = [
  { opening: 'Everybody is busy now', speaker: 'Hua Chunying' },
  { opening: 'rush into a conclusion', speaker: 'Hua Chunying' },
  { opening: 'Russia was forced to take necessary measures', speaker: /^Serge[iy] Lavrov$/ },
  { opening: 'China always respects the sovereignty', speaker: 'Wang Yi' },
  { opening: 'At the same time, we also see', speaker: 'Wang Yi' },
  { opening: 'China maintains that Cold War mentality', speaker: 'Wang Yi' },
  { opening: 'sovereignty, independence and territorial integrity', speaker: 'Wang Yi' },
  { opening: 'Ukraine is no exception', speaker: 'Wang Yi' },
  { opening: "a distortion of China's position", speaker: 'Wang Yi' },
  { opening: 'fanning the flames', speaker: 'Hua Chunying' },
  { opening: 'Sorry, no related results were found', speaker: 'Weibo' },
  { opening: "Please don't panic", speaker: /Chinese Embassy/ },
];

/** The quote the reader hovers. */
export const HOVERED_OPENING = 'China always respects the sovereignty';

/** What the card must show for the hovered quote, each as a pattern with a name for the failure message. */
export const CARD_EXPECTATIONS: { what: string; pattern: RegExp }[] = [
  { what: 'the speaker', pattern: /Wang Yi/ },
  { what: 'his role', pattern: /foreign minister/i },
  { what: 'the earlier statement', pattern: /Ukraine is no exception/ },
  { what: 'its venue', pattern: /Munich Security Conference/ },
  { what: 'its date', pattern: /19 Feb(ruary)?\.? 2022|Feb(ruary)?\.? 19,? 2022|2022-02-19/ },
  { what: 'its source', pattern: /Newsweek/ },
  { what: 'the relation', pattern: /shift(s|ed)?( in)? emphasis/i },
  { what: 'who labelled it', pattern: /OnRecord starter pack/ },
];

/** Speakers the popup must list for the seed page. */
export const POPUP_SPEAKERS: (string | RegExp)[] = ['Wang Yi', 'Hua Chunying', /Serge[iy] Lavrov/];

/** The popup must say how much the library holds for Wang Yi (the starter pack has his statements). */
export const POPUP_WANG_CONTEXT = /Wang Yi[\s\S]{0,200}?\b[1-9]\d* (saved|statements?|on record)/i;

/** The popup must say that Wang Yi's quote here carries the starter pack's labelled relation. */
export const POPUP_WANG_RELATED = /Wang Yi[\s\S]{0,300}?\b[1-9]\d* with a labelled relation/;

/** True when `value` is `expected` (a string) or matches it (a pattern). */
export function matches(value: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? value === expected : expected.test(value);
}

/** True when `text` contains `expected` (a string) or a match of it (a pattern). */
export function matchesIn(text: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}
