import { formatDate } from './format';
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
      {from && <del title="In the record, not on this page">{from}</del>}
      {from && to && ' '}
      {to && <ins title="On this page, not in the record">{to}</ins>}{' '}
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
      Record:{' '}
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
          Not new: said {formatDate(recycled.saidOn) ?? recycled.saidOn}
          {recycled.statement.venue ? ` (${recycled.statement.venue})` : ''}, {recycled.daysEarlier} days before this
          article
          {recycled.publishedOn ? ` (published ${formatDate(recycled.publishedOn) ?? recycled.publishedOn})` : ''}.
          <RecordSources statement={recycled.statement} />
        </p>
      )}
      {altered && (
        <div class="check altered" role="note">
          <p class="check-title">
            Words differ from the record
            {altered.statement.date ? ` of ${formatDate(altered.statement.date)}` : ''}:
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
        <section class="check suggestions" aria-label="Possible tension">
          <h2>Possible tension (a prompt, not a verdict)</h2>
          <ul>
            {suggestions.map((t) => (
              <li key={t.key ?? t.statement.id}>
                <p class="reason">{t.reason}</p>
                {t.pageExcerpt && (
                  <p class="excerpt">
                    Here: <q>{t.pageExcerpt}</q>
                  </p>
                )}
                <p class="excerpt">
                  {t.pageExcerpt ? 'Before: ' : ''}
                  <q>{t.earlierExcerpt}</q>
                  {t.statement.date && <span class="meta"> — {formatDate(t.statement.date)}</span>}
                </p>
                {actions && t.key && (
                  <RelateControls
                    statementId={t.statement.id}
                    place="suggestion"
                    target={t.statement.date ? `the statement of ${formatDate(t.statement.date)}` : 'the earlier one'}
                    initialNote={t.reason}
                    label="Confirm"
                    actions={actions}
                    extra={
                      <button
                        type="button"
                        class="dismiss"
                        disabled={actions.busy}
                        onClick={() => actions.onDismiss(t.key!, t.statement.id)}
                      >
                        Dismiss
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
          Dismissed: this suggestion will not be shown again for these two statements.{' '}
          <button
            type="button"
            class="link undo"
            disabled={actions.busy}
            onClick={() => actions.onUndoDismiss(dismissed.key)}
          >
            Undo
          </button>
        </p>
      )}
    </>
  );
}
