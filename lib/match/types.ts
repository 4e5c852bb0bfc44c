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

/**
 * Why a suggestion pulls apart, as data: lib/match has no catalogue, so it names the cue kind and the words,
 * and the card words it in the reader's language.
 */
export type ReasonPull =
  | { code: 'negation'; page: string; earlier: string }
  | { code: 'antonym'; page: string; earlier: string }
  | { code: 'modality'; page: string; earlier: string }
  | { code: 'exception'; page: string; earlier: string };

/** The reason a tension suggestion shows: the words both share (at most three) and each pull apart. */
export interface TensionReason {
  code: 'shared-topic';
  shared: string[];
  pulls: ReasonPull[];
}
