/**
 * German. Reporting verbs are the "Verben des Sagens" German grammars list for indirect speech, in the
 * preterite and present news copy uses after a quote ("sagte er", "so Müller" is a source form); titles and
 * offices from German-language news (Bundeskanzler, Sprecher), pronouns er/sie.
 */
import type { LanguageLexicon } from './types';

/** German news usage. */
export const DE: LanguageLexicon = {
  code: 'de',
  verbs:
    'sagt sagte sagten gesagt meint meinte meinten gemeint schrieb schreibt geschrieben rief ruft sprach spricht hieß heißt fügte fügt räumte räumt gab gibt wies weist betonte betont erklärte erklärt warnte warnt',
  stems:
    'erklär beton warn kritisier bekräftig versicher unterstrich unterstreich bestätig antwort forder mahn berichte bericht ergänz kommentier behaupt äußer erläuter verkünd beklag beschwichtig prognostizier',
  endings: 'te ten t en e',
  according: 'laut',
  after: 'so',
  articles: 'der die das den dem des ein eine einer sein seine ihr ihre',
  glue: 'hat haben hatte hatten habe noch auch dazu zudem hinzu',
  he: 'er',
  she: 'sie',
  impersonal: 'es man',
  roles:
    'ökonom ökonomin minister ministerin bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin sprecher sprecherin richter richterin bürgermeister bürgermeisterin abgeordnete abgeordneter chef chefin direktor direktorin vorsitzende vorsitzender trainer trainerin experte expertin anwalt anwältin staatsanwalt professor professorin botschafter botschafterin leiter leiterin führer führerin landrat landrätin',
  compounds: true,
  common: 'von der die das und ist nicht mit den dem ein eine zu sich auf für von auch im wird sind',
};
