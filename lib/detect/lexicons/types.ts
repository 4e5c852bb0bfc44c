/**
 * The shape of one language's lexicon: how its news copy reports speech. Word lists are space-separated
 * strings (lower case) so that seven languages stay small in the content script.
 */

/** How one language's news attributes speech: reporting verbs, source forms, pronouns, titles. */
export interface LanguageLexicon {
  /** ISO 639-1 code, the primary subtag of a page's `lang`. */
  code: string;
  /** Reporting verb forms written out in full: irregular forms and participles ("dit", "sagte", "dijo"). */
  verbs: string;
  /** Regular reporting verb stems; a stem plus one of `endings` is a reporting verb ("déclar" + "é"). */
  stems: string;
  /** Endings a stem takes; every ending is tried. */
  endings: string;
  /** Words that introduce a source the way "according to" does ("selon", "laut", "según"). */
  according: string;
  /** Source words that count only right after a quote (German "..., so Müller"). */
  after?: string;
  /** Articles, possessives and the small words of a title ("le juge en chef"), which may precede a subject. */
  articles: string;
  /** Words that may stand between a quote and its cue verb, or between the verb and the speaker, without
   * being either: auxiliaries ("a", "hat", "ha"), reflexives ("se"), particles of separable verbs. */
  glue: string;
  /** Third-person pronouns that can stand for a speaker, by gender. */
  he: string;
  she: string;
  /** Impersonal subjects ("es" in "heißt es", "on" in "dit-on"). */
  impersonal?: string;
  /** Titles and offices written before or instead of a name ("ministre", "Sprecher", "portavoz"). */
  roles: string;
  /** Adjectives follow the noun ("un trafic « très perturbé »"). */
  postnominal?: boolean;
  /** Titles join the word before them into one noun (German "Finanzministerin", "Bundesbank-Präsident"). */
  compounds?: boolean;
  /** Nouns that head an institution's name, often written in lower case ("ministère", "Ministerium", "procura"). */
  bodies?: string;
  /** Words that join an institution's noun to what it is of ("de", "du", "des", "della"). */
  of?: string;
  /** Endings of the adjectives that may close an institution's name ("des Affaires étrangères"). */
  adjectives?: string;
  /** Nouns for outlets and clubs that put the name right after them ("le quotidien Le Monde", "server X"). */
  outlets?: string;
  /** Prepositions that name whom a speaker told, between a cue verb and its subject ("a déclaré au Parisien X"). */
  addressee?: string;
  /** Possessive determiners: "selon son entourage" names someone's circle, an unnamed source, not them. */
  possessives?: string;
  /** Words opening a sentence on whose view it gives, up to a comma ("Pour l'économiste X, …"). */
  opinion?: string;
  /** Titles that cover others in later references ("élu:député,sénateur,maire"), space-separated. */
  umbrellas?: string;
  /** Words that open a subjectless lead-in continuing the last speaker ("Avant d'ajouter :", "Et de conclure :"). */
  goesOn?: string;
  /** Stressed pronouns that stand for a person after a source word ("selon lui"), by gender. */
  stressed?: { m: string; f: string };
  /** Words that bring in the agent of a passive ("critiqué par X", "von X kritisiert"), who may be the source. */
  agent?: string;
  /** Endings of verb forms that tell the subject's gender (Czech "dodal" a man, "dodala" a woman). */
  verbGender?: { m: string; f: string };
  /** Names change with their grammatical case (Czech "Novák", "Nováka", "Novákovi"; "Malá", "Malou"). */
  inflected?: boolean;
  /**
   * Titles news uses in turn for one person ("el técnico" for "el entrenador"), one class a string, in the
   * masculine; "jefe_ejecutivo" stands for "jefe del Ejecutivo".
   */
  epithets?: string[];
  /** Capitalised words that are never part of a name though sentences open on them (German numbers, "Jahre"). */
  notNames?: string;
  /**
   * Singular definite and demonstrative determiners that open a description standing for a person named just
   * before ("la regidora", "der 58-Jährige", "l’éleveur"), by the gender they give; `any` for those that give
   * none ("the", the elided "l'").
   */
  describers?: { m: string; f: string; any?: string };
  /** Words for a spokesperson, who speaks for a body rather than as the person a description stands for. */
  spokespeople?: string;
  /** Words that put a title in the past ("former", "ancien", "ehemalige"): its holder is someone else now. */
  pastMarks?: string;
  /** Endings of the cue verb forms whose subject is plural, where a determiner does not tell ("sagten die …"). */
  pluralEndings?: string;
  /** Frequent function words (and the byline's "by"), to recognise the language of a text whose page does not declare it. */
  common: string;
}
