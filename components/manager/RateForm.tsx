import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { RateInput } from '@/lib/core/manager-actions';

export type { RateInput };

/**
 * A small form to rate a statement as a fact-checker: the rating words, the fact-checker's name and the link to
 * their article. Saved as a review of the statement, which *Copy ClaimReview* then publishes.
 */
export function RateForm({ onSave, onCancel }: { onSave(input: RateInput): void; onCancel(): void }) {
  const [verdict, setVerdict] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [url, setUrl] = useState('');
  const ready = verdict.trim() !== '' && reviewer.trim() !== '';
  return (
    <form
      class="rate-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSave({ verdict, reviewer, ...(url.trim() ? { url: url.trim() } : {}) });
      }}
    >
      <label>
        {t('factcheckRateVerdict')}
        <input value={verdict} required maxLength={500} onInput={(e) => setVerdict(e.currentTarget.value)} />
      </label>
      <label>
        {t('factcheckRateReviewer')}
        <input value={reviewer} required maxLength={300} onInput={(e) => setReviewer(e.currentTarget.value)} />
      </label>
      <label>
        {t('factcheckRateUrl')}
        <input type="url" value={url} maxLength={2000} onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={!ready}>
        {t('factcheckRateSave')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('factcheckRateCancel')}
      </button>
    </form>
  );
}
