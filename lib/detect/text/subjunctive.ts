/**
 * German indirect speech is written in the subjunctive ("Die Reform sei richtig"): these verb forms mark a
 * sentence as someone's reported words, for the attribution of the quotes woven into or following it.
 */

/** Konjunktiv I (and the Konjunktiv II standing in for it): the verb forms of indirect speech. */
const SUBJUNCTIVE =
  /^(?:sei|seien|habe|werde|könne|könnten|müsse|solle|dürfe|wolle|möge|gebe|liege|stehe|gehe|komme|bleibe|wisse|brauche|fehle|hätte|hätten|wäre|wären|würde|würden)$/;

// Stems of verbs news reports with, whose third person singular Konjunktiv I is the stem and "-e" ("die
// Gewerkschaft fordere", "man strebe … an"). Stems whose "-e" form is also a noun ("Stelle", "Gewinne",
// "Falle", "Glaube") are left out: written in lower case they would still be verbs, but a lower-cased
// sentence start would not.
const REGULAR_STEMS =
  'forder verlang erwart plan prüf streb steck verdien halt seh lass trag zeig mach setz biet rechn arbeit verfüg verlier gehör besteh entsteh versteh bedeut betreff benötig beabsichtig verzicht unterstütz begrüß lehn weis leid denk find sprech hoff schaff zahl steig sink wachs droh lohn kost treff führ bring nehm zieh wohn leb tu erhalt handl verhandl beteilig fürcht befürcht sorg bemüh zweifl bezweifl';
const REGULAR = new Set(REGULAR_STEMS.split(' ').map((s) => `${s}e`));

// Konjunktiv II forms that only the subjunctive writes with an umlaut or a strong stem ("lägen", "träfen",
// "ginge"), leaving out those the preterite plural shares ("gingen").
const UMLAUTED =
  /^(?:läge|lägen|träfe|träfen|gäbe|gäben|käme|kämen|stünde|stünden|entstünde|entstünden|bräuchte|bräuchten|müsste|müssten|ginge|hielte|wüsste|wüssten|fiele|bliebe)$/;

/**
 * True when `word`, as written, is a subjunctive verb form. The listed forms count in any case; the regular
 * and umlauted ones only in lower case, where they cannot be a capitalised noun.
 */
export function isSubjunctive(word: string): boolean {
  const lower = word.toLowerCase();
  if (SUBJUNCTIVE.test(lower)) return true;
  return word === lower && (REGULAR.has(lower) || UMLAUTED.test(lower));
}
