/** The card's data shapes live in the message protocol, since the background builds them; re-exported here. */
export type { CardData, CardDiffOp, CardRelation, CardStatement, CardSuggestion } from '@/lib/core/protocol';
