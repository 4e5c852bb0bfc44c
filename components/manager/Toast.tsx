import { useEffect } from 'preact/hooks';
import { t } from '@/lib/core/i18n';

/** A passing message, with Undo when there is something to undo. */
export interface ToastMessage {
  id: number;
  text: string;
  undo?: () => void;
}

/** Shows the last change for 12 seconds with an Undo button; announced politely to screen readers. */
export function Toast({ toast, onClose }: { toast: ToastMessage | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, 12_000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {toast && (
        <div class="toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              onClick={() => {
                toast.undo?.();
                onClose();
              }}
            >
              {t('commonUndo')}
            </button>
          )}
          <button type="button" aria-label={t('commonDismiss')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
