import { useState } from 'preact/hooks';
import { formatDate, hostOf, isWebLink } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import type { StatementView } from '@/lib/core/library-model';
import type { Source } from '@/lib/core/records';
import { linkToQuote } from '@/lib/core/text-fragment';
import type { StatementControls } from './controls';
import { isSubscribed, type OriginNames, originLabel } from './origin';
import { pure } from './pure';
import { RateForm } from './RateForm';
import { RelationItem } from './RelationItem';
import { RowControls } from './StatementRowControls';

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
        <RowControls
          controls={controls}
          statement={statement}
          short={short}
          selected={selected}
          rating={rating}
          onRating={setRating}
        />
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
