/**
 * Version 5 adds `trash`: what the reader deleted in the manager (a person with their statements and the
 * relations touching them, or statements), kept 30 days so it can be restored whole. It names only its own
 * table: Dexie carries every other table over from the versions before, so this step does not depend on what
 * version 4 holds. No record changes, so no upgrade function.
 */
export const V5_STORES = {
  trash: 'id, deletedAt',
};
