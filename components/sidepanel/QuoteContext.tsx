import { formatDate } from '@/components/card/format';
import { QuoteChecks } from '@/components/card/QuoteChecks';
import { RecordSections } from '@/components/card/RecordSections';
import { recordNotice } from '@/components/card/record-notice';
import { SpeakerNote } from '@/components/card/SpeakerNote';
import type { CardData } from '@/components/card/types';

/**
 * What the card says about one quote, laid out for the panel: role at the time, whether it is on record, the
 * card's own checks (altered words, an old quote presented as new, possible tensions marked as suggestions)
 * and the earlier statements with their labelled relations. The card's own pieces, so both say the same.
 */
export function QuoteContext({ card, onOpenManager }: { card: CardData; onOpenManager(): void }) {
  const { role, onRecord, speaker, candidates } = card;
  const notice = recordNotice(card);
  const recorded = formatDate(onRecord?.date);
  return (
    <>
      {card.chosen && (
        <p class="ctx-role">
          {card.speaker ? `Said by ${card.speaker}, as you chose` : 'Speaker unknown, as you chose'}
        </p>
      )}
      <SpeakerNote data={card} />
      {role && (
        <p class="ctx-role">
          {role.from === 'library' ? 'Role at the time: ' : 'Role as the page states it: '}
          {role.title}
        </p>
      )}
      {onRecord && (
        <p class="on-record">
          On record{recorded ? ` since ${recorded}` : ''}
          {onRecord.venue ? `, ${onRecord.venue}` : ''}
        </p>
      )}
      <QuoteChecks data={card} />
      <RecordSections data={card} heading="h3" />
      {notice === 'ambiguous' && (
        <p class="ambiguous">Could be {candidates.join(' or ')}: the page does not say which.</p>
      )}
      {notice === 'nothing-saved' && (
        <p class="empty">
          Nothing saved for {speaker} yet. Add what {speaker} said before in{' '}
          <button type="button" class="link" onClick={onOpenManager}>
            your library
          </button>
          .
        </p>
      )}
      {notice === 'only-this' && <p class="empty">Nothing else is saved for {speaker} yet.</p>}
      {!speaker && !card.chosen && <p class="empty">The page does not say clearly who said this.</p>}
    </>
  );
}
