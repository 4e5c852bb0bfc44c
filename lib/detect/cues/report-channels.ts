/**
 * "ha detto Galimberti, secondo quanto riferisce una nota del ministero": after a named cue, "secondo
 * quanto" brings in how the words reached the newsroom (a note, a wiretap, someone present), not who said
 * them. Such a source form leaves the speaker the cue named.
 */

// Words after a source word that make it the channel of a report: Italian "secondo quanto riferisce".
const CHANNEL = /^(?:quanto)$/;

/** True when the word after a source word ("secondo") makes it a reporting channel, not another speaker. */
export function reportsChannel(next: string): boolean {
  return CHANNEL.test(next);
}
