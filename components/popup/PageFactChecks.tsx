import { t } from '@/lib/core/i18n';

/** Props: how many claims the page's own markup reviews, what Save did, and the reader's keep switch. */
export interface PageFactChecksProps {
  /** ClaimReviews on this page that could be read (checked in the popup, not trusted from the page). */
  count: number;
  /** What the last Save said; null before any. */
  result: string | null;
  busy: boolean;
  onSave(): void;
  /** *Keep fact-checks I read*: off by default, kept in the library's prefs. */
  keep: boolean;
  onToggleKeep(on: boolean): void;
}

/**
 * The popup's fact-check lines: "This page fact-checks N claims" with *Save to my record* when the page carries
 * ClaimReview markup, and always the *Keep fact-checks I read* switch.
 */
export function PageFactChecks({ count, result, busy, onSave, keep, onToggleKeep }: PageFactChecksProps) {
  return (
    <section class="page-fact-checks" aria-label={t('factcheckHeading')}>
      {count > 0 && (
        <p class="note">
          {count === 1 ? t('factcheckPageOne') : t('factcheckPageMany', count)}{' '}
          <button type="button" class="save-fact-checks" disabled={busy} onClick={onSave}>
            {t('factcheckSave')}
          </button>
        </p>
      )}
      {result && (
        <p class="note" role="status">
          {result}
        </p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={keep}
          checked={keep}
          onChange={(e) => onToggleKeep(e.currentTarget.checked)}
        />
        <span>{t('factcheckKeep')}</span>
      </label>
    </section>
  );
}
