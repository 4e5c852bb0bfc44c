import { RenderGuard } from '../RenderGuard';
import { formatDate } from './format';
import { QuoteChecks } from './QuoteChecks';
import { SaveQuote, type SaveQuoteProps } from './SaveQuote';
import { StatementItem } from './StatementItem';
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
}

function EmptyState({ speaker, onOpenManager }: { speaker: string; onOpenManager(): void }) {
  return (
    <div class="empty">
      <p class="empty-title">Nothing saved for {speaker} yet.</p>
      <p>
        Add what {speaker} said before, or import a context pack, in{' '}
        <button type="button" class="link" onClick={onOpenManager}>
          your OnRecord library
        </button>
        .
      </p>
    </div>
  );
}

/** The card for one quote: who said it, in what role, and what they said before. */
export function QuoteCard({ data, loading = false, onOpenManager, onClose, save, actions }: QuoteCardProps) {
  const close = (
    <button type="button" class="close" aria-label="Close (Esc)" onClick={onClose}>
      ×
    </button>
  );
  if (!data) {
    return (
      <section class="card" role="dialog" aria-busy="true" aria-live="polite" aria-label="OnRecord quote card">
        <header>{close}</header>
        <p class="loading">Looking in your library…</p>
      </section>
    );
  }
  const { speaker, role, quote, onRecord, earlier, known, candidates } = data;
  const recorded = formatDate(onRecord?.date);
  return (
    // A non-modal dialog named by its speaker line; polite, and busy until the library answers, so a screen
    // reader announces the finished card once rather than each step of it.
    <section
      class="card"
      role="dialog"
      aria-roledescription="quote card"
      aria-busy={loading}
      aria-live="polite"
      aria-labelledby="card-speaker"
      aria-describedby="card-quote"
    >
      <header>
        <div class="who">
          <h1 class="speaker" id="card-speaker">
            {speaker ?? 'Speaker not identified'}
          </h1>
          {role && (
            <p
              class="role"
              title={role.from === 'library' ? 'Role at the time, from your library' : 'Role as the page states it'}
            >
              {role.title}
            </p>
          )}
        </div>
        {close}
      </header>
      <blockquote class="quote" id="card-quote">
        {quote.text}
      </blockquote>
      {loading ? (
        <p class="loading">Looking in your library…</p>
      ) : (
        <>
          {onRecord && (
            <p class="on-record">
              On record{recorded ? ` since ${recorded}` : ''}
              {onRecord.venue ? `, ${onRecord.venue}` : ''}
            </p>
          )}
          <RenderGuard>
            <QuoteChecks data={data} actions={known && speaker ? actions : undefined} />
          </RenderGuard>
          {earlier.length > 0 && (
            <section class="earlier" aria-label="Said before">
              <h2>Said before</h2>
              <ul>
                {earlier.map((s) => (
                  <RenderGuard key={s.id}>
                    <StatementItem statement={s} actions={known && speaker ? actions : undefined} />
                  </RenderGuard>
                ))}
              </ul>
            </section>
          )}
          {earlier.length === 0 && speaker && !known && candidates.length > 1 && (
            <p class="ambiguous">Could be {candidates.join(' or ')}: the page does not say which.</p>
          )}
          {earlier.length === 0 && speaker && (known || candidates.length <= 1) && (
            <EmptyState speaker={speaker} onOpenManager={onOpenManager} />
          )}
        </>
      )}
      {!speaker && <p class="empty">The page does not say clearly who said this.</p>}
      {save && speaker && !loading && <SaveQuote {...save} />}
    </section>
  );
}
