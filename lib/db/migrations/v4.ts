/**
 * Version 4 adds `speakerChoices`: the reader's answer to the card's "Not this speaker?", keyed by the page's
 * URL (without fragment) and the quote's words. The page URL is indexed so a page's choices are read at once,
 * the person so a merge can move them. No record changes, so no upgrade function: the library and the earlier
 * tables are kept as they are.
 */
export const V4_STORES = {
  people: 'id, name, *keys, *tokens, *words',
  statements: 'id, personId, [personId+date]',
  relations: 'id, fromId, toId',
  dismissals: 'key, earlierId',
  prefs: 'key',
  speakerChoices: '[url+quoteText], url, personId',
};
