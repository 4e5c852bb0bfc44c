/**
 * English. The full English word lists (reporting verbs with their inflections, role nouns, honorifics) live
 * in ../lexicon.ts, which the rest of detection was written around; this entry adds what the other
 * languages have as data: the source form and the function words that recognise English text.
 */
import type { LanguageLexicon } from './types';

/** English news usage beyond ../lexicon.ts. */
export const EN: LanguageLexicon = {
  code: 'en',
  verbs: '',
  stems: '',
  endings: '',
  according: '',
  articles: '',
  glue: '',
  he: 'he',
  she: 'she',
  // Positions sports reports write before a player's name, as titles are ("point guard Maya Diaz").
  roles:
    'trustee councilmember guard forward quarterback pitcher catcher shortstop outfielder infielder striker midfielder defender goalkeeper goalie linebacker receiver winger rookie teammate coordinator td cfo coo cto',
  // Heads of institutions' names that ../lexicon.ts lacks, plurals included ("Centers for Disease Control").
  bodies: 'academy academies institutes centers centres laboratory laboratories',
  // Who "la regidora", "der 58-Jährige", "the judge" after a cue verb stands for: see described-speaker.ts.
  describers: { m: '', f: '', any: 'the' },
  spokespeople: 'spokesman spokeswoman spokesperson spokespeople',
  pastMarks: 'former onetime one-time retired erstwhile',
  common: 'the and of to is that in was for with on as',
};
