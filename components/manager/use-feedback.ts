/**
 * The manager's feedback, shared by every view: the toast (with its Undo) and the failure line. Each action runs
 * through `attempt`, so a failed one says why in the same place whichever view started it.
 */
import { useCallback, useState } from 'preact/hooks';
import type { ToastMessage } from '@/components/manager/Toast';
import type { Undo } from '@/lib/core/manager-actions';

/** Runs an action, showing its failure (if any) on the page. */
export type Attempt = (work: () => Promise<void>) => Promise<void>;
/** Shows a line in the toast, with an Undo when the action can be taken back. */
export type Announce = (text: string, undo?: Undo) => void;

/** The toast and failure line; `onUndone` hears each finished Undo (it may take an entry out of the trash). */
export function useFeedback(onUndone: () => void) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const closeToast = useCallback(() => setToast(null), []);
  const fail = (e: unknown) => setFailure(message(e));
  const attempt: Attempt = async (work) => {
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(message(e));
    }
  };
  const announce: Announce = (text, undo) =>
    setToast({
      id: Date.now(),
      text,
      undo:
        undo &&
        (() =>
          void attempt(async () => {
            await undo();
            onUndone();
          })),
    });
  return { toast, failure, closeToast, fail, attempt, announce };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
