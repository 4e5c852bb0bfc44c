/**
 * The words that signal a change of position between two statements on one topic. Lists of forms, not stems,
 * where English is irregular ("rise", "rose"). Lowercase.
 */

/** Words that negate what follows within a few words. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'neither', 'nor', 'without']);

/** Pairs of words of opposite sense: a position stated with one and later with the other. */
export const ANTONYMS: ReadonlyArray<readonly [string[], string[]]> = [
  [['support'], ['oppose', 'opposition']],
  [['respect'], ['violate', 'violation', 'disregard']],
  [['increase'], ['decrease', 'reduce', 'reduction']],
  [
    ['raise', 'hike'],
    ['cut', 'lower'],
  ],
  [
    ['rise', 'rose', 'risen'],
    ['fall', 'fell', 'fallen', 'drop'],
  ],
  [['always'], ['never']],
  [['accept'], ['reject']],
  [
    ['allow', 'permit'],
    ['ban', 'forbid', 'forbade', 'prohibit'],
  ],
  [['agree'], ['disagree']],
  [
    ['expand', 'extend'],
    ['shrink', 'withdraw'],
  ],
  [['strengthen'], ['weaken']],
  [
    ['welcome', 'praise'],
    ['condemn', 'criticise', 'criticize'],
  ],
  [
    ['legal', 'lawful'],
    ['illegal', 'unlawful'],
  ],
  [['include'], ['exclude']],
  [['approve'], ['veto']],
  [['open'], ['close']],
  [
    ['start', 'begin', 'began', 'begun'],
    ['stop', 'end', 'halt'],
  ],
  [
    ['friend', 'ally', 'partner'],
    ['enemy', 'adversary', 'threat'],
  ],
  [
    ['success', 'succeed'],
    ['failure', 'fail'],
  ],
  [['safe'], ['unsafe', 'dangerous']],
  [['true'], ['false']],
];

/** Modal words of commitment: what will or must happen. */
export const FIRM_MODALS: ReadonlySet<string> = new Set(['must', 'will', 'shall', 'definitely', 'certainly']);

/** Modal words of possibility: what may happen. */
export const TENTATIVE_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'perhaps', 'possibly', 'maybe']);

/** Contractions spelled out, so "won't" and "will not" read alike. */
export const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bcan['’]t\b/gi, 'can not'],
  [/\bcannot\b/gi, 'can not'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/n['’]t\b/gi, ' not'],
];
