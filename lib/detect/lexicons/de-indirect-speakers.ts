/**
 * German words for speakers a sentence names only indirectly: an institution behind an impersonal "hieß es
 * aus dem Kanzleramt", and titles that never stand for the person just named ("der Anwalt der Familie").
 */

/** The forms of "heißen" news uses impersonally, with and without the Swiss spelling. */
export const DE_IMPERSONAL_VERBS = 'hieß|heißt|hiess|heisst';

/** Adverbs that may stand between "hieß es" and the source: "hieß es weiter aus dem Ministerium". */
export const DE_IMPERSONAL_ADVERBS = 'weiter|zudem|auch|dazu|außerdem|ausserdem|dort|am Montag|am Dienstag';

/** How the source is introduced: out of ("aus dem", "aus der") or from ("vom") the institution. */
export const DE_SOURCE_PREPOSITIONS = 'aus dem|aus der|vom';

/**
 * Titles of people who speak for someone else ("der Anwalt der Familie", "die Sprecherin"): after a cue
 * they bring in a new person, never the one just named. Compounds end in them ("Rechtsanwalt").
 */
export const DE_AGENT_TITLES =
  'anwalt anwältin sprecher sprecherin verteidiger verteidigerin berater beraterin vertreter vertreterin mitarbeiter mitarbeiterin assistent assistentin';
