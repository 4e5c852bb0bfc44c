/**
 * Question-and-answer exchanges reported in turns, as court reports give a cross-examination: ""You signed
 * the checks?" Kessler asked. / "Some of them," Moreno answered. / "You approved the invoices?"". A bare
 * quote in the paragraph after an answer, or after a question put by someone, is the other party's turn,
 * not more words of the last speaker; nobody is named for it.
 */
import { sentenceEnd } from '@/lib/detect/text/sentences';

// Verbs that report one turn of an exchange, in English news.
const TURN = /\b(?:answered|answers|replied|replies|responded|responds|retorted|shot back|asked|asks)\b/i;

/**
 * True when the quote opening at `open` starts a new paragraph after a quote (ending at `prevEnd`) whose own
 * clause reports a turn of an exchange: an answer, or a question asked.
 */
export function takesTurn(text: string, prevEnd: number, open: number): boolean {
  const between = text.slice(prevEnd, open);
  if (!between.includes('\n')) return false;
  const clause = text.slice(prevEnd, Math.min(sentenceEnd(text, prevEnd), open));
  return !/["\u201c\u201d]/.test(clause) && TURN.test(clause);
}

/**
 * True when the sentence starting at `start` follows a quote's closing mark ('"…?" Whitlow asked.'): it is
 * that quote's attribution, not a sentence leading in to the quote after it.
 */
export function closesQuote(text: string, start: number): boolean {
  return /[\u201d"]\s*$/.test(text.slice(Math.max(0, start - 3), start));
}
