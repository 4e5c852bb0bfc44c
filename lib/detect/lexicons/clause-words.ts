/**
 * The small words that tell where a clause's subject cannot stand, by language: prepositions (a name after
 * one is the object of a phrase, "with the Securities and Exchange Commission"), words opening a subordinate
 * clause ("because", "parce que", "weil"), relative pronouns ("which", "dont", "die"), and the auxiliaries
 * and copulas that may stand between a subject and a predicate written in quotes ("the ministry had “...”").
 * Words that introduce whose view a sentence gives ("pour", "per", "para") are left out of the prepositions:
 * a name after them is the source.
 */

export interface ClauseWords {
  prepositions: string;
  subordinators: string;
  relatives: string;
  /** Relative pronouns that are also articles or conjunctions ("die", "que"): relatives only after a comma. */
  commaRelatives?: string;
  auxiliaries: string;
}

export const CLAUSE_WORDS: Record<string, ClauseWords> = {
  en: {
    prepositions:
      'of in on at with from to into onto about against among between by through toward towards under over without within after before during since near behind beyond across around upon via including despite',
    subordinators:
      'because although though while whereas if unless when whenever since until after before who which whom whose where',
    relatives: 'who which whom whose',
    auxiliaries: 'is was are were has have had will would could should may might be been being also still',
  },
  fr: {
    prepositions:
      "de du des d' d’ à au aux en dans sur sous avec sans chez vers entre contre pendant depuis devant derrière par parmi après avant envers malgré auprès",
    subordinators: 'parce puisque lorsque lorsqu quand si bien quoique qui dont où tandis alors',
    relatives: 'qui dont lequel laquelle lesquels lesquelles',
    auxiliaries: 'est était sera serait a avait aura aurait ont avaient sont étaient aussi encore',
  },
  de: {
    prepositions:
      'von vom mit bei beim in im an am auf aus zu zum zur über unter gegen nach seit vor hinter neben zwischen durch ohne um wegen trotz während',
    subordinators: 'weil wenn obwohl nachdem bevor falls',
    relatives: 'deren dessen welche welcher welches',
    commaRelatives: 'der die das dem den',
    auxiliaries: 'ist sei war wäre hat habe hatte hätte haben hätten wird werde würde sind seien waren auch noch',
  },
  es: {
    prepositions: 'de del a al en con sin sobre entre contra hacia hasta desde durante tras ante bajo mediante por',
    subordinators: 'porque cuando aunque si mientras quien quienes donde cual cuales cuyo cuya',
    relatives: 'quien quienes cual cuales cuyo cuya',
    commaRelatives: 'que',
    auxiliaries: 'es era será sería está estaba ha había habría han habían también además',
  },
  it: {
    prepositions:
      "di del della dello dei degli delle dell' dell’ a al alla allo ai agli alle all' all’ in nel nella nello nei negli nelle nell' nell’ con su sul sulla sui sull' sull’ da dal dalla dai dall' dall’ tra fra verso contro presso durante",
    subordinators: 'perché quando sebbene benché mentre se cui dove quale quali',
    relatives: 'cui quale quali',
    commaRelatives: 'che',
    auxiliaries: 'è era sarà sarebbe ha aveva avrebbe hanno avevano sono erano anche',
  },
  pt: {
    prepositions:
      'de do da dos das em no na nos nas ao à aos às com sem sobre entre contra por pelo pela pelos pelas desde até perante sob após num numa',
    subordinators: 'porque quando embora se enquanto quem onde cujo cuja qual quais',
    relatives: 'quem cujo cuja qual quais',
    commaRelatives: 'que',
    auxiliaries: 'é era será seria está estava tem tinha teria têm são eram também ainda',
  },
  cs: {
    prepositions: 'v ve na z ze s od do k ke u o po při za před mezi nad pod bez proti kvůli během',
    subordinators:
      'protože když pokud jestli ačkoli zatímco který která které kteří kterou kterého kterým jenž jež kde',
    relatives: 'který která které kteří kterou kterého kterým jenž jež',
    auxiliaries: 'je byl byla bylo byli jsou bude by má měl měla také',
  },
};
