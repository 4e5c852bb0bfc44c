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
    'sagt sagte sagten gesagt meint meinte schrieb schreibt sprach spricht hieß heißt hiess heisst fügte gab räumte teilte unterstrich unterstreicht verwies verweist gestand versprach rief mahnt mahnte nannte nennt',
  stems:
    'erklär beton warn kritisier bekräftig versicher bestätig antwort forder ergänz behaupt äußer bericht erläuter kündig frag klag beklag erzähl schilder urteil argumentier monier erinner appellier bilanzier kommentier resümier befürcht',
  endings: 'te ten t en ete eten et',
  according: 'laut',
  after: 'so',
  articles: 'der die das den dem des ein eine einer sein seine ihr ihre',
  glue: 'hat haben hatte hatten habe noch auch dazu zudem hinzu',
  he: 'er',
  she: 'sie',
  impersonal: 'es man',
  roles:
    'ökonom arzt ärztin mediziner primar pfleger minister kanzler präsident sprecher richter bürgermeister abgeordnete abgeordneter chef direktor vorsitzende vorsitzender trainer experte anwalt professor botschafter leiter führer landrat landrätin landesrat landesrätin regierungsrat regierungsrätin landeshauptmann landeshauptfrau vorstand vorständin politiker sekretär spieler kapitän forscher wissenschaftler analyst intendant bischof kandidat inspektor kassierer obmann obfrau rätin',
  compounds: true,
  bodies:
    'ministerium amt polizei regierung behörde gericht staatsanwaltschaft verband partei kommission gewerkschaft senat kammer kasse stiftung institut',
  outlets: 'zeitung magazin agentur nachrichtenagentur sender portal verein klub',
  addressee: 'gegenüber',
  agent: 'von vom',
  of: 'der des',
  // Sentences open on numbers and amounts ("Zwölf Jahre hat er …", "Milliarden Euro"), which German capitalises,
  // and on adverbs, conjunctions and question words ("Gleichzeitig räumte er ein", "Ähnlich sieht es …", "Wer …").
  notNames:
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig dreissig hundert tausend millionen milliarden jahre jahren monate wochen tage stunden jedes jeder jede aus bei nach seit gegen für über unter neben zwischen ohne trotz wegen während gleichzeitig zugleich allerdings dennoch trotzdem außerdem inzwischen mittlerweile deshalb daher damals jetzt nun bislang bisher später zuvor danach anschließend stattdessen immerhin schließlich offenbar tatsächlich gestern heute ähnlich ebenso genauso aber doch auch zudem dabei dagegen hingegen zunächst zuletzt bereits ebenfalls wer was wie wo warum wann',
  describers: { m: 'der dieser', f: 'die diese' },
  spokespeople: 'sprecher sprecherin',
  pastMarks: 'ehemalige ehemaliger frühere früherer einstige einstiger',
  // "sagten", "erklären": a plural subject, where "die" could be plural too.
  pluralEndings: 'en',
  common: 'von der die das und ist nicht mit den dem ein eine am im vom zum zur beim',
};
