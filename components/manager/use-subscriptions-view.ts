/**
 * The Subscriptions section's state: the list as the background keeps it, the subscribe dialog's steps, and
 * each row's requests. The background does the network and the writing; this hook only asks and shows.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SubscribeStep } from '@/components/manager/SubscribeDialog';
import { DEFAULT_INTERVAL_HOURS, subscriptionName } from '@/components/manager/subscription-labels';
import type { Announce } from '@/components/manager/use-feedback';
import { t } from '@/lib/core/i18n';
import type { SubscriptionClient } from '@/lib/core/subscription-client';
import type { Subscription } from '@/lib/core/subscriptions';

/** A line under the section's form: what just happened, or why it did not. */
export interface SectionMessage {
  text: string;
  alert?: boolean;
}

function words(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Puts `next` in place of the subscription with its id (or first, when new). */
export function withSubscription(list: readonly Subscription[], next: Subscription): Subscription[] {
  const at = list.findIndex((s) => s.id === next.id);
  return at < 0 ? [next, ...list] : list.map((s, i) => (i === at ? next : s));
}

/** Sets the list from the one before it. */
type SetList = (update: (list: Subscription[] | null) => Subscription[] | null) => void;
/** Shows a line under the section's form, or clears it. */
type SetMessage = (message: SectionMessage | null) => void;

/**
 * The subscribe dialog's steps: reading the pack at an address, its preview, then the reader's answer. Nothing
 * is subscribed but on `confirm`.
 */
function useSubscribeDialog(client: SubscriptionClient | undefined, setList: SetList, setMessage: SetMessage) {
  const [step, setStep] = useState<SubscribeStep | null>(null);
  // The address being asked about: an answer for an address the reader left is dropped.
  const asked = useRef<string | null>(null);
  const open = useCallback(
    async (url: string) => {
      const address = url.trim();
      if (!client) return;
      if (!address) return setMessage({ text: t('subscriptionsAddressMissing'), alert: true });
      asked.current = address;
      setMessage(null);
      setStep({ kind: 'reading', url: address });
      try {
        const preview = await client.preview(address);
        if (asked.current === address) setStep({ kind: 'preview', preview, busy: false });
      } catch (e) {
        if (asked.current === address) setStep({ kind: 'failed', url: address, error: words(e) });
      }
    },
    [client, setMessage],
  );
  const cancel = () => {
    asked.current = null;
    setStep(null);
  };
  const confirm = async () => {
    if (step?.kind !== 'preview' || !client) return;
    const { preview } = step;
    setStep({ ...step, busy: true, error: undefined });
    try {
      const added = await client.add(preview.url, preview.publicKey, DEFAULT_INTERVAL_HOURS);
      setList((l) => withSubscription(l ?? [], added));
      cancel();
      setMessage({ text: t('subscriptionsAdded', subscriptionName(added)) });
    } catch (e) {
      setStep({ ...step, busy: false, error: words(e) });
    }
  };
  return { step, open, cancel, confirm };
}

/** Runs one row's request with its buttons waiting, showing a failure under the form. */
type RunRow = (id: string, work: (client: SubscriptionClient) => Promise<void>) => Promise<void>;

/** Update now, the interval menu and Unsubscribe (with Undo in the page's toast). */
function rowActions(
  run: RunRow,
  list: Subscription[] | null,
  setList: SetList,
  setMessage: SetMessage,
  announce: Announce,
) {
  return {
    onUpdateNow: (id: string) =>
      run(id, async (client) => {
        const outcome = await client.updateNow(id);
        const kept = outcome.subscription;
        if (kept) setList((l) => withSubscription(l ?? [], kept));
        const name = kept ? subscriptionName(kept) : '';
        if (!outcome.ok) setMessage({ text: t('subscriptionsUpdateFailed', [name, outcome.error]), alert: true });
        else setMessage({ text: t(outcome.changed ? 'subscriptionsUpdated' : 'subscriptionsUnchanged', name) });
      }),
    onSetInterval: (id: string, hours: number) =>
      run(id, async (client) => {
        const next = await client.setInterval(id, hours);
        setList((l) => withSubscription(l ?? [], next));
      }),
    onUnsubscribe: (id: string) =>
      run(id, async (client) => {
        const gone = list?.find((s) => s.id === id);
        const undoId = await client.remove(id);
        setList((l) => (l ?? []).filter((s) => s.id !== id));
        announce(t('subscriptionsRemoved', gone ? subscriptionName(gone) : ''), async () => {
          const back = await client.restore(undoId);
          setList((l) => withSubscription(l ?? [], back));
        });
      }),
  };
}

/** The section's state and handlers; `libraryVersion` changes whenever the library does, to read the list again. */
export function useSubscriptionsView(
  client: SubscriptionClient | undefined,
  announce: Announce,
  libraryVersion: unknown,
  linkUrl?: string | null,
) {
  const [list, setList] = useState<Subscription[] | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<SectionMessage | null>(null);
  const dialog = useSubscribeDialog(client, setList, setMessage);
  const refresh = useCallback(async () => {
    if (!client) return;
    try {
      setList(await client.list());
    } catch (e) {
      setMessage({ text: words(e), alert: true });
    }
  }, [client]);
  // The background writes subscribed records; the library's change is the cue that the list moved too.
  useEffect(() => void refresh(), [refresh, libraryVersion]);
  // A subscribe link (manager.html#subscribe=…) opens the same question, once.
  const { open } = dialog;
  useEffect(() => {
    if (linkUrl) void open(linkUrl);
  }, [linkUrl, open]);
  const run: RunRow = async (id, work) => {
    if (!client) return;
    setBusy((b) => new Set([...b, id]));
    setMessage(null);
    try {
      await work(client);
    } catch (e) {
      setMessage({ text: words(e), alert: true });
    } finally {
      setBusy((b) => new Set([...b].filter((x) => x !== id)));
    }
  };
  return { list, busy, message, ...dialog, rowActions: rowActions(run, list, setList, setMessage, announce) };
}

/** What the Subscriptions section is given. */
export type SubscriptionsView = ReturnType<typeof useSubscriptionsView>;
