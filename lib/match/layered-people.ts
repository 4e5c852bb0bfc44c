/**
 * The same person in several layers of the library: the reader's own "Wang Yi" and a subscribed pack's "Wang
 * Yi" are one speaker to the card, not two namesakes to choose between. People of different origins with the
 * same name (by name key) are joined; namesakes within one layer stay apart, as before subscriptions.
 */
import { nameKey } from './name-keys';

/** A person as far as joining layers goes. */
export interface LayeredPerson {
  id: string;
  name: string;
  origin?: string;
}

/** The people with one stand-in per joined group (the reader's own first), and every id each stands for. */
export interface JoinedLayers<P> {
  people: P[];
  idsOf(id: string): string[];
}

/** Joins people of different origins who share a name. Order is kept: each group stands where it first did. */
export function joinLayers<P extends LayeredPerson>(people: readonly P[]): JoinedLayers<P> {
  const groups = new Map<string, P[]>();
  const loose: P[][] = [];
  for (const person of people) {
    const key = nameKey(person.name);
    const group = key ? groups.get(key) : undefined;
    // A second person of an origin already in the group is a namesake in one layer: kept apart.
    if (group && !group.some((p) => p.origin === person.origin)) group.push(person);
    else {
      const fresh = [person];
      if (key && !group) groups.set(key, fresh);
      loose.push(fresh);
    }
  }
  const ids = new Map<string, string[]>();
  const stand = loose.map((group) => {
    const first = group.find((p) => p.origin === undefined) ?? group[0];
    if (!first) throw new Error('a group is never empty');
    ids.set(
      first.id,
      group.map((p) => p.id),
    );
    return first;
  });
  return { people: stand, idsOf: (id) => ids.get(id) ?? [id] };
}
