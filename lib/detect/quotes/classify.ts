/**
 * Tells statements from terms: a block quotation, a direct quote (a sentence in the speaker's words),
 * a partial quote woven into the reporter's sentence, or a term (scare quotes, titles, labels).
 * A short quote is a statement only when its sentence reports speech (a reporting verb or a
 * "Name:" lead); otherwise it is a term.
 */

import { language } from '@/lib/detect/text/language';
import { isCueVerb } from '@/lib/detect/text/lexicon';
import { sentenceEnd, sentenceStart } from '@/lib/detect/text/sentences';
import { isSubjunctive } from '@/lib/detect/text/subjunctive';
import type { QuoteKind, Span } from '@/lib/detect/types';
import { blockBody } from './blocks';
import { isOwnNestedStatement } from './nested-quotes';
import type { RawQuote } from './quotes';
import { namesWork } from './work-titles';

const TERM_MARKERS =
  /\b(?:term|terms|word|words|phrase|so-called|dubbed|reading|labelled|labeled|labelling|labeling|label|titled|entitled|(?:the |a |its |his |her |their )name|titles? such as|works? such as|songs? such as|books? such as|branded|slogan|hashtag|known as|nicknamed|referred to as|call(?:s|ed)? (?:themselves|itself|himself|herself)|as if to (?:say|ask)|as though to (?:say|ask))\s*$/i;
// The same markers in other languages' copy: Italian "le cosiddette «zone rosse»".
const LABEL_MARKERS = /\bcosiddett[aeio]\s*$/i;
// Words that may follow a statement's closing mark; another lower-case word right after a one- or two-word
// quote means the quote modifies it ("peacekeeping" forces, a "post-truth" society): a term.
const AFTER_STATEMENT = new Set(
  'of and or but nor to in on at for by amid across through during despite within as about with without against between among alongside from into over under than then when while if because after before since until that which who whom whose is was were are be been being has have had will would could should may might can must did does do not never also still just only even he she it they we i you his her its their the a an this that these those there here so yet said says told added driven given taken shown known seen done made held left kept set put'.split(
    ' ',
  ),
);

/** True when a very short quote is used as a modifier of the word right after it. */
function modifiesNextWord(text: string, closeAt: number, body: string): boolean {
  const words = body.split(/\s+/).filter(Boolean);
  // A quote ending in a function word ("had to") is a verb phrase, not a modifier.
  if (words.length > 2 || AFTER_STATEMENT.has(words.at(-1)?.toLowerCase() ?? '')) return false;
  const m = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(closeAt, closeAt + 30));
  const w = m?.[1];
  if (!w) return false;
  const lang = language();
  // French, Spanish, Italian and Portuguese put adjectives after the noun: a quote before a word is not its modifier.
  if (lang.postnominal || lang.notName.has(w)) return false;
  return !AFTER_STATEMENT.has(w) && !isCueVerb(w) && !/(?:ed|ly|ing)$/.test(w);
}

const SMALL = /^(?:a|an|the|of|for|to|in|on|and|or|at|by|with)$/;

// Words that report speech without a reporting verb ("according to", "in a statement").
const SPEECH_NOUNS = new Set(
  'according statement statements interview remarks comments speech testimony letter tweet post op-ed memo briefing promise promises pledge pledges vow vows'.split(
    ' ',
  ),
);

/** True when the text between from and to (outside quote) has a reporting verb or a "Name:" lead. */
function reportsSpeech(text: string, from: number, to: number, q: RawQuote): boolean {
  const outside = `${text.slice(from, q.open)} ${text.slice(q.close >= 0 ? q.close + 1 : q.end, to)}`;
  const clean = outside.replace(/["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]/g, ' ');
  if (/^\s*\p{Lu}[\p{L}.\- ]{0,40}:\s/u.test(text.slice(from, q.open))) return true; // "Obama: ..." headline
  // "„…“, so Brandt": a source word right after the quote.
  const next = /^\s*,\s*(\p{L}+)/u.exec(text.slice(q.close >= 0 ? q.close + 1 : q.end, to))?.[1];
  if (next && language().after.has(next.toLowerCase())) return true;
  // "Pour l'économiste X, l'effet reste « incertain »": a sentence opening on whose view it gives.
  // Only a name there gives a view ("Pour cela, il faudra un « plan B »" cites nobody).
  const view = /^\s*(\p{L}+)\s[^,]{0,60}\p{Lu}[^,]{0,40},/u.exec(text.slice(from, q.open));
  if (view?.[1] && language().opinion.has(view[1].toLowerCase())) return true;
  // "Die Finanzierung sei «gesichert»": German reported speech, whoever it is attributed to.
  const before = text.slice(from, q.open).split(/[^\p{L}]+/u);
  if (language().code === 'de' && before.some(isSubjunctive)) return true;
  // "according to the new "dot plot"": the quote names the source, it is not what the source said.
  const isSource = /\baccording to(?: \S+){0,3}\s*$/i.test(text.slice(from, q.open));
  return clean
    .split(/[^\p{L}'\u2019]+/u)
    .some(
      (w) =>
        w &&
        (isCueVerb(w) ||
          language().according.has(w.toLowerCase()) ||
          (SPEECH_NOUNS.has(w.toLowerCase()) && !(isSource && w === 'according'))),
    );
}

/** True for Title Case phrases of two or more words ("Many Names"): titles, not statements. */
function isTitleCase(body: string): boolean {
  const words = body.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => SMALL.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * True for a title printed with a closing stop inside the marks (American style: "The World of Tomorrow."):
 * three or more words, no comma, and a capital on every word past the first that a sentence would not capitalise.
 */
function isStoppedTitle(bare: string, body: string): boolean {
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > 10 || /[,;:]/.test(bare) || !/[.!?]$/.test(body)) return false;
  const inner = words.slice(1).filter((w) => !SMALL.test(w) && w !== 'I');
  return inner.length >= 2 && inner.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * True for a paper's or a channel's name set in quotation marks, as French news does ("elle a reçu « Le
 * Quotidien du soir »"): an article, then a capitalised outlet noun, a few words and no sentence punctuation.
 */
function namesOutlet(bare: string): boolean {
  const words = bare.split(/\s+/).filter(Boolean);
  const m = /^(\p{L}+[\u2019']?)\s*(\p{Lu}\p{Ll}+)/u.exec(bare);
  const lang = language();
  if (!m?.[1] || !m[2] || words.length > 6 || /[,;:.!?]/.test(bare)) return false;
  return lang.articles.has(m[1].toLowerCase().replace(/[\u2019']$/, '')) && lang.outlets.has(m[2].toLowerCase());
}

/** Decides the kind of each quote. */
export function classifyQuotes(text: string, raw: RawQuote[], blocks: Span[], echoes: boolean[] = []): QuoteKind[] {
  // Each block's body is read once, not once for every quote.
  const bodies = blocks.map((b) => blockBody(text, b));
  return raw.map((q, i) => {
    const inBlock = (body: Span) =>
      q.start >= body.start && q.end <= body.end && q.end - q.start > (body.end - body.start) * 0.6;
    if (bodies.some(inBlock)) return 'block';
    const body = text.slice(q.start, q.end);
    const bare = body.replace(/[.,;:!?\u2026]+$/u, '');
    const words = bare.split(/\s+/).filter(Boolean).length;
    const before = text.slice(Math.max(0, q.open - 40), q.open);
    if (TERM_MARKERS.test(before) || LABEL_MARKERS.test(before)) return 'term';
    // Japanese 「…」と述べた: the quotative particle と (or って) after the mark makes it a quotation.
    if (
      /[\u300c\u300e]/.test(text[q.open] ?? '') &&
      /^[\u300d\u300f]\s*(?:と|って)/.test(text.slice(q.close, q.close + 4))
    )
      return 'direct';
    const alone = /(?:^|\n)\s*$/.test(before) && /^\s*(?:\n|$)/.test(text.slice(q.close + 1, q.close + 3));
    // Two words that also stand in a longer quote ("its 'hateful conduct' policy") may be a name for them,
    // not a repeat of the statement.
    const repeats = echoes[i] && (words > 2 || alone);
    if (q.close >= 0 && !repeats && modifiesNextWord(text, q.close + 1, bare)) return 'term';
    const parent = q.parent >= 0 ? raw[q.parent] : undefined;
    if (parent && !isOwnNestedStatement(text, q, parent)) return 'term';
    const from = parent ? parent.start : sentenceStart(text, q.open);
    // A stop inside the marks ("the 'neon century.' The author…") may itself end the sentence.
    const stopInside = q.close >= 0 && /[.!?]/.test(text[q.end - 1] ?? '');
    const to = parent ? parent.end : sentenceEnd(text, stopInside ? q.end - 1 : q.close >= 0 ? q.close + 1 : q.end);
    const internalStop = /[.!?]\s/.test(bare);
    if (alone && words < 8 && !/[.!?,]$/.test(body)) return 'partial'; // a headline or crosshead echoing a quote
    const fullSentence = /^\p{Lu}/u.test(body) && /[.!?]$/.test(body);
    if (words <= 10 && !internalStop && isTitleCase(bare) && !/[.!?]$/.test(body)) return 'term';
    if (!internalStop && namesWork(text, raw, i)) return 'term';
    if (!internalStop && isStoppedTitle(bare, body)) return 'term';
    if (!/[.!?\u2026]$/.test(body) && namesOutlet(bare)) return 'term';
    // A short quote is a statement when its sentence reports speech or it repeats a statement made elsewhere.
    if (words <= 4 && !internalStop && !fullSentence && !echoes[i] && !reportsSpeech(text, from, to, q)) return 'term';
    const lead = /(?:^|[:,.!?]|\n)\s*$/.test(before) || isCueVerb(/(\p{L}+)\s*$/u.exec(before)?.[1] ?? '');
    if ((/^\p{Lu}/u.test(body) && lead) || (words >= 8 && /^\p{Lu}/u.test(body) && /[.!?,]$/.test(body)))
      return 'direct';
    return 'partial';
  });
}
