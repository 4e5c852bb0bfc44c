/** The card's quiet line saying why the page's text gave a quote its speaker; pure, so each wording is tested. */
import type { Evidence } from '@/lib/detect/types';

/** "same sentence", "previous sentence", "3 sentences before". */
export function sentencesBackWords(n: number): string {
  if (n <= 0) return 'same sentence';
  if (n === 1) return 'previous sentence';
  return `${n} sentences before`;
}

const WITHOUT_CUE: Record<Evidence['way'], string> = {
  cue: 'from a speech verb',
  'according-to': 'from “according to”',
  'lead-in': 'from the lead-in',
  turn: 'from the speaker’s turn',
  subject: 'from the sentence’s subject',
  run: 'from the quotes before',
  echo: 'from words quoted earlier',
};

/** One line for the card: "attributed from ‘she said’, previous sentence"; "continues the quotes before". */
export function describeEvidence(evidence: Evidence): string {
  if (evidence.way === 'run') return 'continues the quotes before';
  if (evidence.way === 'echo') return 'repeats words quoted earlier on the page';
  const from = evidence.cue ? `from ‘${evidence.cue}’` : WITHOUT_CUE[evidence.way];
  return `attributed ${from}, ${sentencesBackWords(evidence.sentencesBack)}`;
}
