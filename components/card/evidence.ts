/** The card's quiet line saying why the page's text gave a quote its speaker; pure, so each wording is tested. */

import { formatNumber, type MessageKey, t } from '@/lib/core/i18n';
import type { Evidence } from '@/lib/detect/types';

/** "same sentence", "previous sentence", "3 sentences before". */
export function sentencesBackWords(n: number): string {
  if (n <= 0) return t('cardEvidenceSameSentence');
  if (n === 1) return t('cardEvidencePreviousSentence');
  return t('cardEvidenceSentencesBack', formatNumber(n));
}

const WITHOUT_CUE: Record<Evidence['way'], MessageKey> = {
  cue: 'cardEvidenceCue',
  'according-to': 'cardEvidenceAccordingTo',
  'lead-in': 'cardEvidenceLeadIn',
  turn: 'cardEvidenceTurn',
  subject: 'cardEvidenceSubject',
  run: 'cardEvidenceRun',
  echo: 'cardEvidenceEcho',
};

/** One line for the card: "attributed from ‘she said’, previous sentence"; "continues the quotes before". */
export function describeEvidence(evidence: Evidence): string {
  if (evidence.way === 'run') return t('cardEvidenceContinues');
  if (evidence.way === 'echo') return t('cardEvidenceRepeats');
  const from = evidence.cue ? t('cardEvidenceFromCue', evidence.cue) : t(WITHOUT_CUE[evidence.way]);
  return t('cardEvidenceAttributed', [from, sentencesBackWords(evidence.sentencesBack)]);
}
