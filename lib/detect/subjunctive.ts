/**
 * German indirect speech is written in the subjunctive ("Die Reform sei richtig"): these verb forms mark a
 * sentence as someone's reported words, for the attribution of the quotes woven into or following it.
 */

/** Konjunktiv I (and the Konjunktiv II standing in for it): the verb forms of indirect speech. */
export const SUBJUNCTIVE =
  /^(?:sei|seien|habe|werde|könne|könnten|müsse|solle|dürfe|wolle|möge|gebe|liege|stehe|gehe|komme|bleibe|wisse|brauche|fehle|hätte|hätten|wäre|wären|würde|würden)$/;
