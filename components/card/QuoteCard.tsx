import { RenderGuard } from '@/components/RenderGuard';
import { formatList, t } from '@/lib/core/i18n';
import { FactChecks } from './FactChecks';
import { formatDate } from './format';
import { QuoteChecks } from './QuoteChecks';
import { RecordSections } from './RecordSections';
import { recordNotice } from './record-notice';
import { SaveQuote, type SaveQuoteProps } from './SaveQuote';
import { SpeakerChoice, type SpeakerChoiceProps } from './SpeakerChoice';
import { SpeakerNote } from './SpeakerNote';
import type { SuggestActions } from './suggest-actions';
import type { CardData } from './types';

/** Props of the card: the data (null before any), whether the library is still being asked, and actions. */
export interface QuoteCardProps {
  data: CardData | null;
  /** The data is only what the page says; the library's answer is on its way. */
  loading?: boolean;
  onOpenManager(): void;
  onClose(): void;
  /** Save the quote to the library; without it the card offers no Save. */
  save?: SaveQuoteProps;
  /** Confirm, dismiss and relate; without them the card offers none (e.g. before the library answered). */
  actions?: SuggestActions;
  /** "Not this speaker?"; without it the card offers no correction. */
  speakerChoice?: SpeakerChoiceProps;
}

function EmptyState({ speaker, onOpenManager }: { speaker: string; onOpenManager(): void }) {
  return (
    <div class="empty">
      <p class="empty-title">{t('cardEmptyTitle', speaker)}</p>
      <p>
        {t('cardEmptyAdd', speaker)}{' '}
        <button type="button" class="link" onClick={onOpenManager}>
          {t('cardEmptyLibraryLink')}
        </button>
        .
      </p>
    </div>
  );
}

/** The card for one quote: who said it, in what role, and what they said before. */
export function QuoteCard({
  data,
  loading = false,
  onOpenManager,
  onClose,
  save,
  actions,
  speakerChoice,
}: QuoteCardProps) {
  const close = (
    <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
      ×
    </button>
  );
  if (!data) {
    return (
      <section class="card" role="dialog" aria-busy="true" aria-live="polite" aria-label={t('cardDialogLabel')}>
        <header>{close}</header>
        <p class="loading">{t('cardLooking')}</p>
      </section>
    );
  }
  const { speaker, role, quote, onRecord, known, candidates } = data;
  const notice = recordNotice(data);
  const recorded = formatDate(onRecord?.date);
  return (
    // A non-modal dialog named by its speaker line; polite, and busy until the library answers, so a screen
    // reader announces the finished card once rather than each step of it.
    <section
      class="card"
      role="dialog"
      aria-roledescription={t('cardRoleDescription')}
      aria-busy={loading}
      aria-live="polite"
      aria-labelledby="card-speaker"
      aria-describedby="card-quote"
    >
      <header>
        <div class="who">
          <h1 class="speaker" id="card-speaker">
            {speaker ?? t('cardSpeakerUnknown')}
          </h1>
          {role && (
            <p class="role" title={role.from === 'library' ? t('cardRoleFromLibrary') : t('cardRoleFromPage')}>
              {role.title}
            </p>
          )}
          <SpeakerNote data={data} />
        </div>
        {close}
      </header>
      {speakerChoice && !loading && (
        <SpeakerChoice key={quote.id} label={speaker ? undefined : t('chooseSpeaker')} {...speakerChoice} />
      )}
      <blockquote class="quote" id="card-quote">
        {quote.text}
      </blockquote>
      {loading ? (
        <p class="loading">{t('cardLooking')}</p>
      ) : (
        <>
          {data.reviews && data.reviews.length > 0 && (
            <RenderGuard>
              <FactChecks claims={data.reviews} quote={quote.text} />
            </RenderGuard>
          )}
          {onRecord && (
            <p class="on-record">
              {recorded ? t('cardOnRecordSince', recorded) : t('cardOnRecord')}
              {onRecord.venue ? `, ${onRecord.venue}` : ''}
            </p>
          )}
          <RenderGuard>
            <QuoteChecks data={data} actions={known && speaker ? actions : undefined} />
          </RenderGuard>
          <RenderGuard>
            <RecordSections data={data} actions={known && speaker ? actions : undefined} />
          </RenderGuard>
          {notice === 'ambiguous' && <p class="ambiguous">{t('cardCouldBe', formatList(candidates, 'disjunction'))}</p>}
          {notice === 'nothing-saved' && speaker && <EmptyState speaker={speaker} onOpenManager={onOpenManager} />}
          {notice === 'only-this' && <p class="empty">{t('cardOnlyThis', speaker ?? '')}</p>}
        </>
      )}
      {!speaker && !data.chosen && <p class="empty">{t('cardNoSpeaker')}</p>}
      {save && speaker && !loading && (
        <SaveQuote
          {...save}
          onRecord={
            onRecord ? (onRecord.sources.some((s) => s.url === data.page.url) ? 'this-page' : 'new-source') : null
          }
        />
      )}
    </section>
  );
}
