/** One subscription in the manager's list: what it is, how it stands, and what the reader can do with it. */
import { t } from '@/lib/core/i18n';
import type { Subscription } from '@/lib/core/subscriptions';
import { fieldValue } from './Panel';
import { checkLines, describeCounts, intervalChoices, intervalLabel, subscriptionName } from './subscription-labels';

/** What a row can ask for; each resolves when the background has answered. */
export interface SubscriptionRowActions {
  onUpdateNow: (id: string) => void;
  onSetInterval: (id: string, hours: number) => void;
  onUnsubscribe: (id: string) => void;
}

/** The facts a row shows, as term and value: address, publisher, key, checks, records and the last error. */
function rowFacts(s: Subscription): [string, string, string][] {
  const { checked, changed } = checkLines(s);
  const facts: [string, string, string][] = [
    ['address', t('subscriptionsAddress'), s.url],
    ['key', t('subscriptionsKey'), s.fingerprint ?? t('subscriptionsUnsigned')],
    ['checked', t('subscriptionsLastCheck'), checked],
    ['changed', t('subscriptionsLastChange'), changed],
    ['records', t('subscriptionsRecords'), describeCounts(s.counts)],
  ];
  if (s.meta.author) facts.splice(1, 0, ['author', t('exportDetailsAuthor'), s.meta.author]);
  if (s.meta.licence) facts.splice(2, 0, ['licence', t('exportDetailsLicence'), s.meta.licence]);
  return facts;
}

/** A subscription: its facts, the last error if the last check failed, the interval menu and its buttons. */
export function SubscriptionItem({
  subscription: s,
  busy,
  actions,
}: {
  subscription: Subscription;
  /** While a request for this subscription is under way its buttons wait. */
  busy: boolean;
  actions: SubscriptionRowActions;
}) {
  const name = subscriptionName(s);
  const headingId = `subscription-${s.id}`;
  return (
    <li class="subscription" aria-labelledby={headingId} data-subscription-id={s.id}>
      <h3 id={headingId}>{name}</h3>
      <dl class="facts">
        {rowFacts(s).map(([key, term, value]) => (
          <div key={key} class={`fact-${key}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {s.lastError && (
        <p class="failure subscription-error">
          <strong>{t('subscriptionsLastError')}</strong> {s.lastError}
        </p>
      )}
      <div class="row">
        <label>
          {t('subscriptionsInterval')}
          <select
            value={String(s.intervalHours)}
            disabled={busy}
            onChange={(e) => actions.onSetInterval(s.id, Number(fieldValue(e)))}
          >
            {intervalChoices(s.intervalHours).map((h) => (
              <option key={h} value={String(h)}>
                {intervalLabel(h)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={busy}
          aria-label={t('subscriptionsUpdateNowNamed', name)}
          onClick={() => actions.onUpdateNow(s.id)}
        >
          {t('subscriptionsUpdateNow')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          aria-label={t('subscriptionsUnsubscribeNamed', name)}
          onClick={() => actions.onUnsubscribe(s.id)}
        >
          {t('subscriptionsUnsubscribe')}
        </button>
      </div>
    </li>
  );
}
