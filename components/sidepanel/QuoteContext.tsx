import { formatDate } from '../card/format';
import { QuoteChecks } from '../card/QuoteChecks';
import { SpeakerNote } from '../card/SpeakerNote';
import { StatementItem } from '../card/StatementItem';
import type { CardData } from '../card/types';

/**
 * What the card says about one quote, laid out for the panel: role at the time, whether it is on record, the
 * card's own checks (altered words, an old quote presented as new, possible tensions marked as suggestions)
 * and the earlier statements with their labelled relations. The card's own pieces, so both say the same.
 */
export function QuoteContext({ card, onOpenManager }: { card: CardData; onOpenManager(): void }) {
  const { role, onRecord, earlier, speaker, known, candidates } = card;
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
      {earlier.length > 0 && (
        <section class="earlier" aria-label="Said before">
          <h3>Said before</h3>
          <ul>
            {earlier.map((s) => (
              <StatementItem key={s.id} statement={s} />
            ))}
          </ul>
        </section>
      )}
      {earlier.length === 0 && speaker && !known && candidates.length > 1 && (
        <p class="ambiguous">Could be {candidates.join(' or ')}: the page does not say which.</p>
      )}
      {earlier.length === 0 && speaker && (known || candidates.length <= 1) && (
        <p class="empty">
          Nothing saved for {speaker} yet. Add what {speaker} said before in{' '}
          <button type="button" class="link" onClick={onOpenManager}>
            your library
          </button>
          .
        </p>
      )}
      {!speaker && !card.chosen && <p class="empty">The page does not say clearly who said this.</p>}
    </>
  );
}
