/**
 * Version 6 adds `reviews`: fact-checkers' ClaimReviews (lib/db/types.ts `Review`), looked up by claimant for
 * the card and by statement for the manager. It names only its own table, so earlier records carry over
 * unchanged and no upgrade function is needed.
 */
export const V6_STORES = {
  reviews: 'id, claimantId, statementId',
};
