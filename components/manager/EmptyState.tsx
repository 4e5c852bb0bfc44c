import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';

/** What the manager says when the library holds nothing, and the one thing a reader can do about it now. */
export function EmptyState({ onLoadStarter }: { onLoadStarter: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const load = async () => {
    setState('busy');
    try {
      await onLoadStarter();
    } catch {
      setState('failed');
    }
  };
  return (
    <main class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('managerEmptyTitle')}</h2>
      <p>{t('managerEmptyWhy')}</p>
      <p>{t('managerEmptyStarter')}</p>
      <button type="button" onClick={load} disabled={state === 'busy'}>
        {state === 'busy' ? t('commonLoading') : t('managerLoadStarter')}
      </button>
      {state === 'failed' && <p role="alert">{t('managerStarterFailed')}</p>}
      <p class="muted">{t('managerEmptyOwn')}</p>
    </main>
  );
}
