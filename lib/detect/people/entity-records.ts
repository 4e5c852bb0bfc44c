/**
 * Entity records of the people index: new people and organisations, their mentions and the merging of an
 * organisation's names, kept apart from the reading of names in people.ts.
 */

import { fold } from '@/lib/detect/text/name-spelling';
import type { Entity, Mention } from './people-index';
import { isRelationalRole } from './roles';

/** The role to keep: the first stated, unless it only relates the person to someone else and a title comes later. */
export function betterRole(had: string | null, found: string | null): string | null {
  if (!had) return found;
  return found && isRelationalRole(had) && !isRelationalRole(found) ? found : had;
}

/**
 * Gives `e` the role `found` a mention states: the better of the two becomes its role, and a different one is
 * kept among its other titles ("Bundesrätin" in a caption, "Finanzministerin" in the text), so that "die
 * Finanzministerin" later still finds her.
 */
export function takeRole(e: Entity, found: string | null): void {
  const had = e.role;
  e.role = betterRole(had, found);
  const other = e.role === found ? had : found;
  if (!other || other === e.role || e.titles?.includes(other)) return;
  e.titles = [...(e.titles ?? []), other];
}

/** A new entity with the next id, added to `entities`. */
export function newEntity(entities: Entity[], kind: Entity['kind'], name: string, surname: string): Entity {
  const first = name.includes(' ') && kind === 'person' ? fold(name.slice(0, name.indexOf(' '))) : '';
  const e: Entity = {
    id: entities.length,
    kind,
    name,
    surname,
    first,
    folded: fold(name),
    gender: null,
    role: null,
    nouns: [],
    aliases: [],
    mentions: [],
  };
  entities.push(e);
  return e;
}

/** Records a mention of `e` (and its form as an alias when it differs from the name). */
export function addMention(e: Entity, mentions: Mention[], form: string, start: number, end: number) {
  if (form !== e.name && !e.aliases.includes(form)) e.aliases.push(form);
  e.mentions.push({ start, end });
  mentions.push({ start, end, entity: e.id });
}

/** The organisation `name` stands for (merging a longer or shorter form of its name), with the mention added. */
export function addOrg(entities: Entity[], mentions: Mention[], name: string, start: number, end: number) {
  const key = fold(name).replace(/^the /, '');
  // For organisations `surname` holds the folded name, so lookups need no re-normalising.
  let e = entities.find((x) => x.kind === 'organisation' && (x.surname === key || x.surname.endsWith(` ${key}`)));
  if (!e) {
    e = entities.find((x) => x.kind === 'organisation' && key.endsWith(` ${x.surname}`));
    if (e) {
      e.aliases.push(e.name);
      e.name = name;
      e.surname = key;
    }
  }
  e ??= newEntity(entities, 'organisation', name, key);
  addMention(e, mentions, name, start, end);
  return e;
}

/**
 * The organisation already named by exactly `name` ("the Riverside Comets" before a post signed "Riverside
 * Comets"): the same words without the article name the same body, not a person.
 */
export function bodyNamed(entities: Entity[], name: string): Entity | undefined {
  const key = fold(name).replace(/^the /, '');
  return entities.find((x) => x.kind === 'organisation' && x.surname === key);
}

/**
 * Turns an untitled person read earlier under `name` into the organisation the text now shows it to be, so
 * that its mentions (and its id) stay one entity.
 */
export function personIsBody(entities: Entity[], name: string): void {
  const key = fold(name).replace(/^the /, '');
  const e = entities.find((x) => x.kind === 'person' && x.folded === key && !x.titled && !x.role);
  if (!e || entities.some((x) => x.kind === 'organisation' && x.surname === key)) return;
  Object.assign(e, { kind: 'organisation', surname: key, first: '', gender: null });
}
