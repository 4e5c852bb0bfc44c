import { t } from '@/lib/core/i18n';
import { describeEvidence } from './evidence';
import type { CardData } from './types';

/**
 * The quiet line under the speaker: the reader's own choice when they made one (and who the page gave), else
 * why the page's text gave this speaker. Shared by the card and the side panel.
 */
export function SpeakerNote({ data }: { data: Pick<CardData, 'chosen' | 'quote'> }) {
  if (data.chosen) {
    const page = data.chosen.pageSpeaker;
    return (
      <p class="evidence chosen">
        {data.chosen.personId ? t('cardChosenByYou') : t('cardMarkedUnknown')}
        {page ? t('cardPageGives', page) : ''}
      </p>
    );
  }
  const { evidence } = data.quote;
  if (!evidence || !data.quote.speaker) return null;
  return <p class="evidence">{describeEvidence(evidence)}</p>;
}
