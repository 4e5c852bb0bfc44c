/**
 * The record shapes matching needs, structurally compatible with lib/core/records, so matching stays pure and
 * callers pass library records unchanged.
 */

/** A role with its dates (ISO), as lib/db stores it. */
export interface RoleLike {
  title: string;
  from?: string;
  to?: string;
}

/** What resolution reads from a stored person. */
export interface PersonLike {
  id: string;
  name: string;
  aliases: string[];
  roles: RoleLike[];
}

/** What ranking reads from a stored statement. */
export interface StatementLike {
  id: string;
  text: string;
  date?: string;
}

/** What ranking reads from a stored relation. */
export interface RelationLike {
  fromId: string;
  toId: string;
  labelledBy: string;
}

/** A person as a page names them (lib/core PagePerson, lib/detect Person). */
export interface Mention {
  name: string;
  aliases: string[];
  role: string | null;
}
