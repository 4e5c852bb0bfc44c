import { FactChecks } from '@/components/card/FactChecks';
import { formatDate } from '@/components/card/format';
import { QuoteChecks } from '@/components/card/QuoteChecks';
import { RecordSections } from '@/components/card/RecordSections';
import { recordNotice } from '@/components/card/record-notice';
import { SaveQuote, type SaveQuoteProps } from '@/components/card/SaveQuote';
import { SpeakerChoice, type SpeakerChoiceProps } from '@/components/card/SpeakerChoice';
import { SpeakerNote } from '@/components/card/SpeakerNote';
import type { SuggestActions } from '@/components/card/suggest-actions';
import type { CardData } from '@/components/card/types';
import { formatList, t } from '@/lib/core/i18n';

/** What a panel entry can do, as the card can: Save, Relate (and Confirm, Dismiss), Choose speaker. */
export interface ContextActions {
  save: SaveQuoteProps;
  suggest: SuggestActions;
  speakerChoice: SpeakerChoiceProps;
}

/**
 * What the card says about one quote, laid out for the panel: role at the time, whether it is on record, the
 * card's own checks (altered words, an old quote presented as new, possible tensions marked as suggestions)
 * and the earlier statements with their labelled relations. The card's own pieces, so both say the same.
 */
export function QuoteContext({
  card,
  onOpenManager,
  actions,
}: {
  card: CardData;
  onOpenManager(): void;
  actions?: ContextActions;
}) {
  const { role, onRecord, speaker, candidates } = card;
  const relate = actions && card.known && speaker ? actions.suggest : undefined;
  const notice = recordNotice(card);
  const recorded = formatDate(onRecord?.date);
  return (
    <>
      {card.reviews && card.reviews.length > 0 && (
        <FactChecks claims={card.reviews} quote={card.quote.text} heading="h3" />
      )}
      {card.chosen && (
        <p class="ctx-role">{card.speaker ? t('panelSaidByChosen', card.speaker) : t('panelUnknownChosen')}</p>
      )}
      <SpeakerNote data={card} />
      {actions && (
        <SpeakerChoice
          key={card.quote.id}
          label={speaker ? undefined : t('chooseSpeaker')}
          {...actions.speakerChoice}
        />
      )}
      {role && (
        <p class="ctx-role">{t(role.from === 'library' ? 'panelRoleFromLibrary' : 'panelRoleFromPage', role.title)}</p>
      )}
      {onRecord && (
        <p class="on-record">
          {recorded ? t('cardOnRecordSince', recorded) : t('cardOnRecord')}
          {onRecord.venue ? `, ${onRecord.venue}` : ''}
        </p>
      )}
      <QuoteChecks data={card} actions={relate} />
      <RecordSections data={card} heading="h3" actions={relate} />
      {notice === 'ambiguous' && <p class="ambiguous">{t('cardCouldBe', formatList(candidates, 'disjunction'))}</p>}
      {notice === 'nothing-saved' && (
        <p class="empty">
          {t('panelNothingSaved', speaker ?? '')}{' '}
          <button type="button" class="link" onClick={onOpenManager}>
            {t('panelLibraryLink')}
          </button>
          .
        </p>
      )}
      {notice === 'only-this' && <p class="empty">{t('cardOnlyThis', speaker ?? '')}</p>}
      {!speaker && !card.chosen && <p class="empty">{t('cardNoSpeaker')}</p>}
      {actions && speaker && (
        <SaveQuote
          {...actions.save}
          onRecord={
            onRecord ? (onRecord.sources.some((s) => s.url === card.page.url) ? 'this-page' : 'new-source') : null
          }
        />
      )}
    </>
  );
}
