/**
 * Version 3 adds two small tables beside the library: `dismissals`, the possible-tension suggestions the reader
 * dismissed (keyed by tensionKey, lib/match/tension), and `prefs`, settings that content scripts must not read
 * (storage.local is readable from every content script; this database is not). No record changes, so no
 * upgrade function: existing people, statements and relations are kept as they are.
 */
export const V3_STORES = {
  people: 'id, name, *keys, *tokens, *words',
  statements: 'id, personId, [personId+date]',
  relations: 'id, fromId, toId',
  dismissals: 'key, earlierId',
  prefs: 'key',
};
