/** The record's origins as the manager's list needs them, from the subscriptions the background keeps. */
import { useRef } from 'preact/hooks';
import type { OriginNames } from '@/components/manager/origin';
import { subscriptionName } from '@/components/manager/subscription-labels';
import type { Subscription } from '@/lib/core/subscriptions';

/** Each subscription's id and name: the records' origin labels and the origin filter's choices. */
export interface Origins {
  names: OriginNames;
  choices: readonly { id: string; name: string }[];
}

/**
 * The origins for the list, kept as the same object while no subscription is added, removed or renamed: the
 * list is read again after every library change, and a new object would draw every person's section again.
 */
export function useOrigins(list: readonly Subscription[] | null): Origins {
  const last = useRef<{ key: string; origins: Origins } | null>(null);
  const choices = (list ?? []).map((s) => ({ id: s.id, name: subscriptionName(s) }));
  const key = JSON.stringify(choices);
  if (last.current?.key !== key)
    last.current = { key, origins: { names: new Map(choices.map((c) => [c.id, c.name])), choices } };
  return last.current.origins;
}
