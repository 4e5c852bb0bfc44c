import { formatNumber, t } from '@/lib/core/i18n';
import { StatementItem } from './StatementItem';
import type { SuggestActions } from './suggest-actions';
import type { CardData, CardStatement } from './types';

/** Props: the card's data, the actions (card only), the heading level and the manager link. */
export interface RecordSectionsProps {
  data: CardData;
  actions?: SuggestActions;
  /** The card's headings are h2, the side panel's h3 (under each quote's own heading). */
  heading?: 'h2' | 'h3';
}

function List({ items, data, actions }: { items: CardStatement[]; data: CardData; actions?: SuggestActions }) {
  const thisDate = data.onRecord?.date ?? data.asOf?.date ?? data.page.publishedAt;
  return (
    <ul>
      {items.map((s) => (
        <StatementItem key={s.id} statement={s} actions={actions} thisDate={thisDate} />
      ))}
    </ul>
  );
}

/**
 * The speaker's record placed in time against the page: what was said before its date (open), what was said
 * since (collapsed, unless a person related it to this quote), and what has no date (apart, never "before").
 */
export function RecordSections({ data, actions, heading: H = 'h2' }: RecordSectionsProps) {
  const { earlier, since = [], undated = [] } = data;
  const relatedSince = since.some((s) => s.relation);
  return (
    <>
      {earlier.length > 0 && (
        <section class="earlier" aria-label={t('cardSaidBefore')}>
          <H>{t('cardSaidBefore')}</H>
          <List items={earlier} data={data} actions={actions} />
        </section>
      )}
      {since.length > 0 && (
        <details class="since" open={relatedSince}>
          <summary>{t(relatedSince ? 'cardSaidSinceRelated' : 'cardSaidSince', formatNumber(since.length))}</summary>
          <List items={since} data={data} actions={actions} />
        </details>
      )}
      {undated.length > 0 && (
        <section class="undated" aria-label={t('cardUndated')}>
          <H>{t('cardUndated')}</H>
          <List items={undated} data={data} actions={actions} />
        </section>
      )}
    </>
  );
}
