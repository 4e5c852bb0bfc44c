/**
 * The manager's Subscriptions section: subscribe to a pack by its address (always through the dialog's
 * question), and the subscriptions with their checks, record counts, last errors and buttons.
 */
import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import { fieldValue } from './Panel';
import { SubscribeDialog } from './SubscribeDialog';
import { SubscriptionItem } from './SubscriptionItem';
import type { SubscriptionsView } from './use-subscriptions-view';

/** The section, drawn from the hook's state. */
export function SubscriptionsPanel({ view }: { view: SubscriptionsView }) {
  const [address, setAddress] = useState('');
  const { list, step, busy, message } = view;
  return (
    <section class="subscriptions" aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">{t('subscriptionsTitle')}</h2>
      <p class="note">{t('subscriptionsIntro')}</p>
      <form
        class="row subscribe-form"
        onSubmit={(e) => {
          e.preventDefault();
          // The field as it is now: a value typed or filled in just before the press may not be drawn yet.
          const field = e.currentTarget.elements.namedItem('pack-address');
          void view.open(field instanceof HTMLInputElement ? field.value : address);
        }}
      >
        <label class="address">
          {t('subscriptionsPackAddress')}
          <input
            type="url"
            name="pack-address"
            value={address}
            placeholder={t('subscriptionsPlaceholder')}
            autoComplete="off"
            onInput={(e) => setAddress(fieldValue(e))}
          />
        </label>
        <button type="submit" disabled={step !== null}>
          {t('subscriptionsSubscribe')}
        </button>
      </form>
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {list && list.length === 0 && <p class="muted">{t('subscriptionsNone')}</p>}
      {list && list.length > 0 && (
        <ul class="subscription-list" aria-label={t('subscriptionsListLabel')}>
          {list.map((s) => (
            <SubscriptionItem key={s.id} subscription={s} busy={busy.has(s.id)} actions={view.rowActions} />
          ))}
        </ul>
      )}
      {step && <SubscribeDialog step={step} onConfirm={() => void view.confirm()} onCancel={view.cancel} />}
    </section>
  );
}
