import { t } from '@/lib/core/i18n';
import type { Source } from '@/lib/core/records';
import { linkToQuote } from '@/lib/core/text-fragment';
import { formatDate, hostOf, isWebLink, relationPhrase, whenRelative } from './format';
import { RelateControls } from './RelateControls';
import type { SuggestActions } from './suggest-actions';
import type { CardStatement } from './types';

/** A source of the statement, linked at the statement's own words on that page. */
export function SourceLink({ source, quote }: { source: Source; quote: string }) {
  const label = source.outlet ?? hostOf(source.url) ?? t('cardSourceFallback');
  if (!isWebLink(source.url)) return <span class="source">{label}</span>;
  return (
    <a
      class="source"
      href={linkToQuote(source.url, quote)}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title ?? source.url}
    >
      {label}
    </a>
  );
}

/**
 * One stored statement: what was said, when, where, who reported it, and how it relates to this quote, read
 * with its direction in time and in the label ("Later, on 24 Feb 2022: … — contradicts this"); with actions,
 * a Relate button for a relation the reader sees and no suggestion named. `thisDate` is the page quote's date.
 */
export function StatementItem({
  statement,
  actions,
  thisDate,
}: {
  statement: CardStatement;
  actions?: SuggestActions;
  thisDate?: string | null;
}) {
  const date = formatDate(statement.date);
  const { relation } = statement;
  return (
    <li class="statement">
      {relation && <p class="relation-when">{t('commonColon', whenRelative(statement.date, thisDate))}</p>}
      <q class="statement-text">{statement.text}</q>
      <p class="meta">
        {date && <time dateTime={statement.date}>{date}</time>}
        {statement.venue && <span class="venue">{statement.venue}</span>}
        {statement.sources.slice(0, 2).map((s) => (
          <SourceLink key={s.url} source={s} quote={statement.text} />
        ))}
      </p>
      {relation && (
        <p class={`relation relation-${relation.type}`}>
          <span class="relation-type">— {relationPhrase(relation.type, relation.direction)}</span>
          {relation.note && <span class="relation-note"> — {relation.note}</span>}
          <span class="relation-by"> {t('cardLabelledBy', relation.labelledBy || t('cardLabelledByUnknown'))}</span>
        </p>
      )}
      {actions && !relation && (
        <RelateControls
          statementId={statement.id}
          place="statement"
          target={date ? t('cardTargetStatementOf', date) : t('cardTargetThisStatement')}
          initialNote=""
          label={t('cardRelate')}
          actions={actions}
        />
      )}
    </li>
  );
}
