import type { Source } from '../../lib/db/types';
import { linkToQuote } from '../../lib/text-fragment';
import { formatDate, hostOf, isWebLink, RELATION_LABELS } from './format';
import { RelateControls } from './RelateControls';
import type { SuggestActions } from './suggest-actions';
import type { CardStatement } from './types';

/** A source of the statement, linked at the statement's own words on that page. */
export function SourceLink({ source, quote }: { source: Source; quote: string }) {
  const label = source.outlet ?? hostOf(source.url) ?? 'source';
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
 * One stored statement: what was said, when, where, who reported it, and how it relates to this quote; with
 * actions, a Relate button for a relation the reader sees and no suggestion named.
 */
export function StatementItem({ statement, actions }: { statement: CardStatement; actions?: SuggestActions }) {
  const date = formatDate(statement.date);
  const { relation } = statement;
  return (
    <li class="statement">
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
          <span class="relation-type">{RELATION_LABELS[relation.type]}</span>
          {relation.note && <span class="relation-note"> — {relation.note}</span>}
          <span class="relation-by"> (labelled by {relation.labelledBy || 'unknown'})</span>
        </p>
      )}
      {actions && !relation && (
        <RelateControls
          statementId={statement.id}
          place="statement"
          target={date ? `the statement of ${date}` : 'this statement'}
          initialNote=""
          label="Relate"
          actions={actions}
        />
      )}
    </li>
  );
}
