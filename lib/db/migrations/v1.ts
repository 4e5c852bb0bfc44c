/** Version 1: people with name-key indexes, statements by person and date, relations by either end. */
export const V1_STORES = {
  people: 'id, name, *keys, *tokens, updatedAt',
  statements: 'id, personId, date, [personId+date], *tags, updatedAt',
  relations: 'id, fromId, toId, type',
};
