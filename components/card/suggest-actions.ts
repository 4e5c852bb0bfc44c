/** The card's suggestion actions: what the entrypoint tells the components, and what they call back. */

import { formatList, t } from '@/lib/core/i18n';
import type { CardRelated } from '@/lib/core/protocol';
import type { RelationType } from '@/lib/core/records';

/** State and callbacks for Confirm, Dismiss and Relate; without them the card offers none of these. */
export interface SuggestActions {
  /** The relate form that is open, if any (`relateFormId`: a statement may show both as suggestion and in the list). */
  relating: string | null;
  /** A write is on its way. */
  busy: boolean;
  /**
   * What the last Confirm / Relate did (its outcome is shown next to that statement), with the type and note
   * the reader chose, to save again under the person they pick when the speaker was ambiguous.
   */
  related: (CardRelated & { formId?: string; pending?: { type: RelationType; note: string } }) | null;
  /** The suggestion just dismissed, for "Dismissed — Undo". */
  dismissed: { key: string; statementId: string } | null;
  onOpenRelate(formId: string): void;
  onCancelRelate(): void;
  /** With `speaker`, files the page quote under that stored person (the reader's pick among candidates). */
  onRelate(statementId: string, type: RelationType, note: string, speaker?: string): void;
  onDismiss(key: string, statementId: string): void;
  onUndoDismiss(key: string): void;
}

/** What the reader is told after Confirm / Relate, in plain words. */
export function describeRelated(related: CardRelated): string {
  switch (related.status) {
    case 'related':
      return related.personName ? t('cardRelationSavedUnder', related.personName) : t('cardRelationSaved');
    case 'ambiguous':
      return t('cardNotSavedAmbiguous', formatList(related.candidates ?? [], 'disjunction'));
    case 'no-speaker':
      return t('cardRelateNoSpeaker');
    default:
      return t('cardNotSavedError', related.error ?? t('cardWriteFailed'));
  }
}

/** Names one relate form: where it sits in the card ('suggestion' or 'statement') and which statement it is for. */
export function relateFormId(place: 'suggestion' | 'statement', statementId: string): string {
  return `${place}:${statementId}`;
}
