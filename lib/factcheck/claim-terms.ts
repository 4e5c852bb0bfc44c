/**
 * The terms a claim and a quote are compared by: content words stemmed, numbers read as values ("3.2%", "3.2
 * per cent", "three" and "7.6 million" meet their digits), named entities marked so they weigh more, and which
 * words are negated, so "did not raise taxes" never meets "raised taxes".
 */
import { namedEntities } from '@/lib/match/entities';
import { quoteWords } from '@/lib/match/quote-text';
import { stem } from '@/lib/match/stem';
import { STOP_WORDS } from '@/lib/match/stop-words';

/** A text's terms by kind, and the terms a negation governs. */
export interface ClaimTerms {
  words: Set<string>;
  entities: Set<string>;
  numbers: Set<string>;
  negated: Set<string>;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', 'without']);

// Maps, not object literals: a word of the text such as "constructor" must find nothing inherited.
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'],
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['eleven', '11'],
  ['twelve', '12'],
  ['fifteen', '15'],
  ['twenty', '20'],
  ['thirty', '30'],
  ['forty', '40'],
  ['fifty', '50'],
  ['sixty', '60'],
  ['seventy', '70'],
  ['eighty', '80'],
  ['ninety', '90'],
  ['hundred', '100'],
  ['half', '0.5'],
  ['dozen', '12'],
]);

const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['bn', 1e9],
]);

/** Words of a value: "per cent" and "%" say the same thing. */
const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['percent', 'percent'],
  ['per', ''],
  ['cent', 'percent'],
  ['pct', 'percent'],
]);

/** How fact-checkers open a claim ("Says …", "Claims that …"): the speaker's words begin after it. */
const CLAIM_OPENER = /^\s*(?:says|said|claims?|claimed|states?|stated)\s+(?:that\s+)?/i;

const NUMBER = new RegExp(
  `(?<![\\p{L}\\d])\\d+(?:[.,\\u00a0\\u202f ]\\d+)*(?:\\s*(${[...SCALES.keys()].join('|')})\\b)?(?!\\p{L})`,
  'giu',
);

/** "1,000" and "1 000" are a thousand; "4,1" is four point one; "3.20" is 3.2; "7.6 million" is 7600000. */
function numberValue(raw: string, scale: string | undefined): string {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const n = Number.parseFloat(s) * (scale ? (SCALES.get(scale.toLowerCase()) ?? 1) : 1);
  return Number.isFinite(n) ? String(Number(n.toPrecision(12))) : raw;
}

/** The text with number words as digits, so "three million" is read like "3 million". */
function digits(text: string): string {
  return text.replace(/\b[a-z]+\b/gi, (w) => NUMBER_WORDS.get(w.toLowerCase()) ?? w);
}

/** The terms of one text. */
export function claimTerms(text: string): ClaimTerms {
  const numbers = new Set<string>();
  const plain = digits(text.replace(CLAIM_OPENER, ''));
  for (const m of plain.matchAll(NUMBER))
    numbers.add(numberValue(m[0].slice(0, m[0].length - (m[1]?.length ?? 0)).trim(), m[1]));
  const rest = plain.replace(NUMBER, ' ').replace(/%/g, ' percent ');
  const entityWords = new Set(
    namedEntities(rest).flatMap((e) => quoteWords(e.key).split(' ').filter(Boolean).map(stem)),
  );
  const out: ClaimTerms = { words: new Set(), entities: new Set(), numbers, negated: new Set() };
  // A negation governs the next content word within three words: "not risen", "no federal income tax".
  let governs = 0;
  for (const raw of quoteWords(rest).split(' ')) {
    if (!raw) continue;
    if (NEGATIONS.has(raw) || raw.endsWith("n't")) {
      governs = 3;
      continue;
    }
    const unit = UNIT_WORDS.get(raw);
    if (unit !== undefined) {
      if (unit) out.words.add(unit);
      continue;
    }
    if (raw.length < 2 || STOP_WORDS.has(raw)) {
      governs = Math.max(0, governs - 1);
      continue;
    }
    const s = stem(raw);
    if (governs > 0) out.negated.add(s);
    governs = 0;
    // "G7", "5G", "COVID-19": a name-like token whatever its case.
    if (entityWords.has(s) || /\d/.test(s)) out.entities.add(s);
    else out.words.add(s);
  }
  return out;
}
