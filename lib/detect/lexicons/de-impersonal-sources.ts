/**
 * German words for speech an institution gives without a speaker: "hieß es aus dem Kanzleramt", "Aus dem
 * Ministerium hieß es". The impersonal "es" names nobody; the place the words came "aus" names the source.
 */

/** The forms of "heißen" news uses impersonally, with and without the Swiss spelling. */
export const DE_IMPERSONAL_VERBS = 'hieß|heißt|hiess|heisst';

/** Adverbs that may stand between "hieß es" and the source: "hieß es weiter aus dem Ministerium". */
export const DE_IMPERSONAL_ADVERBS = 'weiter|zudem|auch|dazu|außerdem|ausserdem|dort|am Montag|am Dienstag';

/** How the source is introduced: out of ("aus dem", "aus der") or from ("vom") the institution. */
export const DE_SOURCE_PREPOSITIONS = 'aus dem|aus der|vom';
