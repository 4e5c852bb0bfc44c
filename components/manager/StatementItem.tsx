import { useState } from 'preact/hooks';
import { formatDate, hostOf, isWebLink } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import type { StatementView } from '@/lib/core/library-model';
import type { Source, Statement } from '@/lib/core/records';
import { linkToQuote } from '@/lib/core/text-fragment';
import type { StatementControls } from './controls';
import { isSubscribed, type OriginNames, originLabel } from './origin';
import { pure } from './pure';
import { RateForm } from './RateForm';
import { RelationItem } from './RelationItem';

/** Props: the statement with its relations, the page's (stable) controls, and whether it is selected. */
interface StatementItemProps {
  view: StatementView;
  controls?: StatementControls;
  selected?: boolean;
  /** The subscriptions' names, to say where each record came from. */
  origins?: OriginNames;
}

/**
 * One statement in the manager: exact words, when and where, sources, tags and relations. Drawn again only
 * when its statement, relations or selection change.
 */
export const StatementItem = pure(function StatementItem({
  view,
  controls,
  selected = false,
  origins = NO_ORIGINS,
}: StatementItemProps) {
  const { statement, relations } = view;
  const subscribed = isSubscribed(statement);
  const when = formatDate(statement.date);
  const short = statement.text.length > 60 ? `${statement.text.slice(0, 60)}…` : statement.text;
  const [rating, setRating] = useState(false);
  return (
    <li class="statement">
      {controls && (
        <div class="row-controls">
          <label class="select">
            <input
              type="checkbox"
              checked={selected}
              onChange={(e) => controls.onSelect(statement.id, e.currentTarget.checked)}
            />
            <span class="visually-hidden">{t('managerSelectStatement', short)}</span>
          </label>
          {subscribed ? (
            <CopyButton controls={controls} statement={statement} short={short} />
          ) : (
            <EditButtons controls={controls} statement={statement} short={short} />
          )}
          {controls.onRate && (
            <button type="button" class="rate" aria-expanded={rating} onClick={() => setRating(!rating)}>
              {t('factcheckRate')}
            </button>
          )}
          {controls.onCopyClaimReview && (
            <button type="button" class="copy-claim-review" onClick={() => controls.onCopyClaimReview?.(statement)}>
              {t('factcheckCopy')}
            </button>
          )}
        </div>
      )}
      {rating && controls?.onRate && (
        <RateForm
          onSave={(input) => {
            controls.onRate?.(statement, input);
            setRating(false);
          }}
          onCancel={() => setRating(false)}
        />
      )}
      <blockquote>{statement.text}</blockquote>
      <p class="meta">
        {when ? <time dateTime={statement.date}>{when}</time> : <span class="muted">{t('managerDateUnknown')}</span>}
        {statement.venue && <span> · {statement.venue}</span>}
        {(subscribed || origins.size > 0) && (
          <span class={subscribed ? 'origin subscribed' : 'origin'}> · {originLabel(statement.origin, origins)}</span>
        )}
      </p>
      {statement.sources.length > 0 && (
        <ul class="sources" aria-label={t('managerSources')}>
          {statement.sources.map((source) => (
            <li key={source.url}>
              <SourceLink source={source} quote={statement.text} />
            </li>
          ))}
        </ul>
      )}
      {statement.tags.length > 0 && (
        <ul class="tags" aria-label={t('managerTags')}>
          {statement.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {relations.length > 0 && (
        <ul class="relations" aria-label={t('managerRelatedStatements')}>
          {relations.map((r) => (
            <RelationItem
              key={`${r.relation.id}-${r.side}`}
              view={r}
              self={statement}
              controls={controls}
              origins={origins}
            />
          ))}
        </ul>
      )}
    </li>
  );
});

const NO_ORIGINS: OriginNames = new Map();

/** Edit and Delete, for the reader's own statements. */
function EditButtons({
  controls,
  statement,
  short,
}: {
  controls: StatementControls;
  statement: Statement;
  short: string;
}) {
  return (
    <>
      <button type="button" onClick={() => controls.onEdit(statement)} aria-label={t('managerEditStatement', short)}>
        {t('commonEdit')}
      </button>
      <button
        type="button"
        onClick={() => controls.onDelete(statement)}
        aria-label={t('managerDeleteStatement', short)}
      >
        {t('commonDelete')}
      </button>
    </>
  );
}

/** A subscribed statement is read-only: the reader copies it to their own record to change it. */
function CopyButton({
  controls,
  statement,
  short,
}: {
  controls: StatementControls;
  statement: Statement;
  short: string;
}) {
  if (!controls.onCopyToMine) return null;
  return (
    <button
      type="button"
      class="copy-to-mine"
      onClick={() => controls.onCopyToMine?.(statement)}
      aria-label={t('layersCopyStatement', short)}
    >
      {t('layersCopyToMine')}
    </button>
  );
}

/**
 * A source as a link only when it is a web link (a library may hold whatever an imported pack said), opening
 * the page at the statement's own words.
 */
function SourceLink({ source, quote }: { source: Source; quote: string }) {
  const label = [source.outlet ?? hostOf(source.url), source.title].filter(Boolean).join(': ') || source.url;
  const published = formatDate(source.publishedAt);
  return (
    <>
      {isWebLink(source.url) ? (
        <a href={linkToQuote(source.url, quote)} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label}</span>
      )}
      {published && <span class="muted"> ({published})</span>}
    </>
  );
}
