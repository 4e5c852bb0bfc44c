/**
 * Version 7 adds subscribed packs (lib/core/subscriptions.ts): `subscriptions`, one row per pack address the
 * reader subscribed to, and `unsubscribed`, what an unsubscribe removed, kept so it can be undone. People,
 * statements, relations and reviews gain an `origin` index (the subscription a record came from): the reader's
 * own records carry no origin and so are not in it, and replacing or removing one subscription's records reads
 * exactly those. Adding indexes changes no record, so no upgrade function.
 */
export const V7_STORES = {
  people: 'id, name, *keys, *tokens, *words, origin',
  statements: 'id, personId, [personId+date], origin',
  relations: 'id, fromId, toId, origin',
  reviews: 'id, claimantId, statementId, origin',
  subscriptions: 'id, url',
  unsubscribed: 'id, removedAt',
};
