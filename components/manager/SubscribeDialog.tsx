/**
 * The question before subscribing: what the pack at the address is (title, author, licence, size, counts, the
 * publisher's key fingerprint, the records that would be left out), previewed like an import. Nothing is
 * subscribed until the reader presses Subscribe here, whether the address was typed or came in a link.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { SubscriptionPreview } from '@/lib/core/subscriptions';
import { RejectedList } from './RejectedList';
import { describeCounts, formatBytes } from './subscription-labels';

/** Where the dialog is: reading the pack, showing it, or saying why it cannot be subscribed to. */
export type SubscribeStep =
  | { kind: 'reading'; url: string }
  | { kind: 'preview'; preview: SubscriptionPreview; busy: boolean; error?: string }
  | { kind: 'failed'; url: string; error: string };

/**
 * A modal dialog (the browser's own: focus moves in, stays in, Escape closes it, the page behind is inert) that
 * gives focus back to the control that opened it when it closes.
 */
export function ModalDialog({
  labelId,
  onCancel,
  children,
}: {
  labelId: string;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    const onCancelEvent = (e: Event) => {
      // The browser would close the dialog itself; the page decides, so the state and the dialog agree.
      e.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="subscribe-dialog"
      aria-labelledby={labelId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel.current();
        }
      }}
    >
      {children}
    </dialog>
  );
}

/** The pack's own description, its size and counts, and whose key signs it. */
function PreviewFacts({ preview }: { preview: SubscriptionPreview }) {
  const { meta } = preview;
  const rows: [string, string][] = [
    [t('subscriptionsAddress'), preview.url],
    [t('exportDetailsAuthor'), meta.author || t('subscriptionsNotGiven')],
    [t('exportDetailsLicence'), meta.licence || t('subscriptionsNotGiven')],
    [t('subscriptionsPackSize'), formatBytes(preview.bytes)],
    [t('subscriptionsRecords'), describeCounts(preview.counts)],
    [t('subscriptionsKey'), preview.fingerprint ?? t('subscriptionsUnsigned')],
  ];
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd class={term === t('subscriptionsKey') ? 'fingerprint' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The dialog for one address: reading, the preview with Subscribe and Cancel, or why it failed. */
export function SubscribeDialog({
  step,
  onConfirm,
  onCancel,
}: {
  step: SubscribeStep;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const title =
    step.kind === 'preview' ? t('subscriptionsConfirmTitle', step.preview.meta.title) : t('subscriptionsDialogTitle');
  return (
    <ModalDialog labelId="subscribe-dialog-title" onCancel={onCancel}>
      <h2 id="subscribe-dialog-title">{title}</h2>
      {step.kind === 'reading' && (
        <p role="status">
          {t('subscriptionsReading')} <span class="url">{step.url}</span>
        </p>
      )}
      {step.kind === 'failed' && (
        <p role="alert" class="failure">
          {t('subscriptionsCannotSubscribe', step.url)} {step.error}
        </p>
      )}
      {step.kind === 'preview' && <PreviewBody step={step} />}
      <div class="actions">
        {step.kind === 'preview' && (
          <button type="button" class="primary" disabled={step.busy} onClick={onConfirm}>
            {t('subscriptionsSubscribe')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {step.kind === 'failed' ? t('commonClose') : t('commonCancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

function PreviewBody({ step }: { step: Extract<SubscribeStep, { kind: 'preview' }> }) {
  const { preview } = step;
  const rejected = preview.rejected.map((r) => `${r.where}: ${r.reason}`);
  return (
    <>
      {preview.meta.description && <p class="description">{preview.meta.description}</p>}
      <PreviewFacts preview={preview} />
      <p class="note">{t(preview.fingerprint ? 'subscriptionsPinNote' : 'subscriptionsUnsignedNote')}</p>
      <p class="note">{t('subscriptionsNetworkNote')}</p>
      <RejectedList rejected={rejected} fileName={preview.meta.title || 'pack'} />
      {step.error && (
        <p role="alert" class="failure">
          {step.error}
        </p>
      )}
    </>
  );
}
