import { t } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import { formatDate, formatTensionReason } from './format';
import { RelateControls } from './RelateControls';
import { SourceLink } from './StatementItem';
import { describeRelated, type SuggestActions } from './suggest-actions';
import type { CardData, CardDiffOp, CardStatement } from './types';

function DiffRun({ op }: { op: CardDiffOp }) {
  if (op.elision) return <span class="diff-gap">… </span>;
  const from = op.from.join(' ');
  const to = op.to.join(' ');
  if (op.type === 'equal') return <span>{from} </span>;
  return (
    <>
      {from && <del title={t('cardDiffRemoved')}>{from}</del>}
      {from && to && ' '}
      {to && <ins title={t('cardDiffAdded')}>{to}</ins>}{' '}
    </>
  );
}

/** Where the stored words were reported, each linked at those words. */
function RecordSources({ statement }: { statement: CardStatement }) {
  const sources = statement.sources.slice(0, 2);
  if (sources.length === 0) return null;
  return (
    <span class="record-sources">
      {' '}
      {t('cardRecordSources')}{' '}
      {sources.map((source, i) => (
        <span key={source.url}>
          {i > 0 && ', '}
          <SourceLink source={source} quote={statement.text} />
        </span>
      ))}
    </span>
  );
}

/**
 * What the library says about the quote itself: it repeats a stored quote with words changed, it is an old
 * quote on a new page, or it pulls against something the speaker said before. Each is shown as evidence for
 * the reader to weigh, with the record it comes from.
 */
export function QuoteChecks({ data, actions }: { data: CardData; actions?: SuggestActions }) {
  const { altered, recycled, suggestions = [] } = data;
  const dismissed = actions?.dismissed;
  return (
    <>
      {recycled && (
        <p class="check recycled" role="note">
          {t('cardRecycledSaid', formatDate(recycled.saidOn) ?? recycled.saidOn)}
          {recycled.statement.venue ? ` (${recycled.statement.venue})` : ''},{' '}
          {tCount('cardRecycledDays', recycled.daysEarlier)}
          {recycled.publishedOn
            ? ` (${t('cardRecycledPublished', formatDate(recycled.publishedOn) ?? recycled.publishedOn)})`
            : ''}
          .
          <RecordSources statement={recycled.statement} />
        </p>
      )}
      {altered && (
        <div class="check altered" role="note">
          <p class="check-title">
            {t(
              'commonColon',
              altered.statement.date
                ? t('cardAlteredTitleDated', formatDate(altered.statement.date) ?? altered.statement.date)
                : t('cardAlteredTitle'),
            )}
          </p>
          <p class="diff">
            {altered.ops.map((op, i) => (
              // Runs have no identity beyond their place in the diff, which is rendered whole.
              <DiffRun key={i} op={op} />
            ))}
          </p>
          <p class="meta">
            <RecordSources statement={altered.statement} />
          </p>
        </div>
      )}
      {suggestions.length > 0 && (
        <section class="check suggestions" aria-label={t('cardTensionLabel')}>
          <h2>{t('cardTensionHeading')}</h2>
          <ul>
            {suggestions.map((s) => (
              <li key={s.key ?? s.statement.id}>
                <p class="reason">{formatTensionReason(s.reason)}</p>
                {s.pageExcerpt && (
                  <p class="excerpt">
                    {t('cardHere')} <q>{s.pageExcerpt}</q>
                  </p>
                )}
                <p class="excerpt">
                  {s.pageExcerpt ? `${t('cardBefore')} ` : ''}
                  <q>{s.earlierExcerpt}</q>
                  {s.statement.date && <span class="meta"> — {formatDate(s.statement.date)}</span>}
                </p>
                {actions && s.key && (
                  <RelateControls
                    statementId={s.statement.id}
                    place="suggestion"
                    target={
                      s.statement.date
                        ? t('cardTargetStatementOf', formatDate(s.statement.date) ?? s.statement.date)
                        : t('cardTargetEarlier')
                    }
                    initialNote={formatTensionReason(s.reason)}
                    label={t('cardConfirm')}
                    actions={actions}
                    extra={
                      <button
                        type="button"
                        class="dismiss"
                        disabled={actions.busy}
                        onClick={() => s.key && actions.onDismiss(s.key, s.statement.id)}
                      >
                        {t('cardDismiss')}
                      </button>
                    }
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actions?.related?.status === 'related' && (
        <p class="relate-result" role="status">
          {describeRelated(actions.related)}
        </p>
      )}
      {actions && dismissed && (
        <p class="dismissed" role="status">
          {t('cardDismissed')}{' '}
          <button
            type="button"
            class="link undo"
            disabled={actions.busy}
            onClick={() => actions.onUndoDismiss(dismissed.key)}
          >
            {t('commonUndo')}
          </button>
        </p>
      )}
    </>
  );
}
