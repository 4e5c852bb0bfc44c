/** Signs that two statements on one topic disagree (negation, antonyms, modality); not detection's reporting cues. */
import { ANTONYMS, CONTRACTIONS, FIRM_MODALS, NEGATORS, TENTATIVE_MODALS } from './disagreement-words';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';

/** Kinds of signal that a position may have changed. */
export type CueKind = 'negation' | 'antonym' | 'modality' | 'exception';

/** One signal: the words on the page and the words in the earlier statement that pull apart. */
export interface Cue {
  kind: CueKind;
  page: string;
  earlier: string;
}

/** How many words before a word a negator still negates it ("will not be raised"). */
const NEGATION_REACH = 3;

interface Word {
  raw: string;
  lower: string;
  stem: string;
}

/** A sentence as cue detection reads it: words with contractions spelled out. */
export type CueSentence = Word[];

/** Reads a sentence for cues: "won't" becomes "will not", every word keeps its stem. */
export function readSentence(text: string): CueSentence {
  const spelled = CONTRACTIONS.reduce((t, [re, to]) => t.replace(re, to), text);
  return (spelled.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? []).map((raw) => {
    const lower = raw.toLowerCase();
    return { raw, lower, stem: stem(lower) };
  });
}

/**
 * Whether a negator governs word i: it stands at most NEGATION_REACH words before, with no content word
 * between, so "is not a safe option" negates "safe" and not "option".
 */
function negated(s: CueSentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
    const w = s[k]?.lower ?? '';
    if (NEGATORS.has(w)) return true;
    if (!STOP_WORDS.has(w)) return false;
  }
  return false;
}

function phrase(s: CueSentence, from: number, to: number): string {
  return s
    .slice(Math.max(0, from), to + 1)
    .map((w) => w.lower)
    .join(' ');
}

/** The words from the negator to the negated word: "not a threat". */
function negatedPhrase(s: CueSentence, i: number): string {
  let k = i - 1;
  while (k > i - NEGATION_REACH - 1 && k >= 0 && !NEGATORS.has(s[k]?.lower ?? '')) k--;
  return phrase(s, Math.max(0, k - 1), i);
}

/** A content word both sentences use, negated in one and not in the other: "is not a threat" / "is a threat". */
function negationCues(a: CueSentence, b: CueSentence): Cue[] {
  const firstIn = (s: CueSentence) => {
    const at = new Map<string, number>();
    s.forEach((w, i) => {
      if (!STOP_WORDS.has(w.lower) && !at.has(w.stem)) at.set(w.stem, i);
    });
    return at;
  };
  const inB = firstIn(b);
  const cues: Cue[] = [];
  for (const [st, i] of firstIn(a)) {
    const j = inB.get(st);
    if (j === undefined || negated(a, i) === negated(b, j)) continue;
    cues.push({
      kind: 'negation',
      page: negated(a, i) ? negatedPhrase(a, i) : phrase(a, i - 2, i),
      earlier: negated(b, j) ? negatedPhrase(b, j) : phrase(b, j - 2, j),
    });
  }
  return cues.slice(0, 2);
}

/** Opposite words with the same polarity ("support" / "oppose"); "do not oppose" agrees with "support". */
function antonymCues(a: CueSentence, b: CueSentence): Cue[] {
  const find = (s: CueSentence, forms: string[]) => {
    const stems = new Set(forms.map(stem));
    return s.findIndex((w) => stems.has(w.stem));
  };
  const cues: Cue[] = [];
  for (const [one, other] of ANTONYMS) {
    for (const [x, y] of [
      [one, other],
      [other, one],
    ] as const) {
      const i = find(a, x);
      const j = find(b, y);
      if (i < 0 || j < 0 || find(a, y) >= 0 || find(b, x) >= 0) continue;
      if (negated(a, i) !== negated(b, j)) continue;
      cues.push({ kind: 'antonym', page: phrase(a, i - 1, i), earlier: phrase(b, j - 1, j) });
    }
  }
  return cues;
}

/** The first modal of a kind, leaving out "May" the month (capitalised inside a sentence). */
function modal(s: CueSentence, set: ReadonlySet<string>): string | null {
  const w = s.find((w, i) => set.has(w.lower) && !(i > 0 && w.raw === 'May'));
  return w ? w.lower : null;
}

/** Firm in one ("must", "will") and only tentative in the other ("may", "might"). */
function modalityCues(a: CueSentence, b: CueSentence): Cue[] {
  const fa = modal(a, FIRM_MODALS);
  const ta = modal(a, TENTATIVE_MODALS);
  const fb = modal(b, FIRM_MODALS);
  const tb = modal(b, TENTATIVE_MODALS);
  if (fa && !ta && tb && !fb) return [{ kind: 'modality', page: fa, earlier: tb }];
  if (ta && !fa && fb && !tb) return [{ kind: 'modality', page: ta, earlier: fb }];
  return [];
}

/** "No exception" in one, an exception ("except", "unless", "an exception") in the other. */
function exceptionCues(a: CueSentence, b: CueSentence): Cue[] {
  const mark = (s: CueSentence): { none?: string; some?: string } => {
    const out: { none?: string; some?: string } = {};
    s.forEach((w, i) => {
      const prev = s[i - 1]?.lower;
      if (w.stem === 'exception' && (prev === 'no' || prev === 'without')) out.none ??= `${prev} ${w.lower}`;
      else if (w.stem === 'exception' || w.lower === 'except' || w.lower === 'unless' || w.lower === 'excluding')
        out.some ??= phrase(s, i - 1, i);
    });
    return out;
  };
  const ma = mark(a);
  const mb = mark(b);
  if (ma.none && mb.some && !mb.none) return [{ kind: 'exception', page: ma.none, earlier: mb.some }];
  if (mb.none && ma.some && !ma.none) return [{ kind: 'exception', page: ma.some, earlier: mb.none }];
  return [];
}

/**
 * Every cue that the page's sentence and an earlier sentence pull apart. Only meaningful for sentences on
 * one topic; the caller checks that first.
 */
export function findCues(page: CueSentence, earlier: CueSentence): Cue[] {
  const exception = exceptionCues(page, earlier);
  // "no exception" vs "an exception" is one cue, not also a negation of "exception".
  const negation = negationCues(page, earlier).filter((c) => !(exception.length > 0 && /exception/.test(c.page)));
  return [...exception, ...negation, ...antonymCues(page, earlier), ...modalityCues(page, earlier)];
}
