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
  type Group = { lead: P; members: P[] };
  const byName = new Map<string, Group>();
  const groups: Group[] = [];
  for (const person of people) {
    const key = nameKey(person.name);
    const group = key ? byName.get(key) : undefined;
    // A second person of an origin already in the group is a namesake in one layer: kept apart.
    if (group && !group.members.some((p) => p.origin === person.origin)) {
      group.members.push(person);
      if (person.origin === undefined) group.lead = person;
    } else {
      const fresh = { lead: person, members: [person] };
      if (key && !group) byName.set(key, fresh);
      groups.push(fresh);
    }
  }
  const ids = new Map(groups.map((g) => [g.lead.id, g.members.map((p) => p.id)]));
  return { people: groups.map((g) => g.lead), idsOf: (id) => ids.get(id) ?? [id] };
}
