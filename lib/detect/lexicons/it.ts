/**
 * Italian. Reporting verbs are the "verbi dichiarativi" of Italian grammars, in the passato prossimo and
 * present news copy uses ("ha detto", "ha aggiunto", "afferma"); "secondo" is the source form; titles and
 * offices from Italian-language news; pronouns lui/lei.
 */
import type { LanguageLexicon } from './types';

/** Italian news usage. */
export const IT: LanguageLexicon = {
  code: 'it',
  verbs:
    'detto dice disse scritto scrive risposto risponde aggiunge aggiunto sostiene sostenuto ammesso ammette conclude concluso prosegue proseguito ribadisce ribadito insiste insistito garantisce garantito chiarisce chiarito ribatte ribattuto promette promesso',
  stems:
    'afferm dichiar spieg sottoline precis annunci assicur comment avvert raccont osserv evidenzi rimarc denunci ricord replic conferm puntualizz rilev tuon sbott chios continu incalz attacc rilanci',
  endings: 'a ato ò ano ta to e',
  according: 'secondo',
  // "Parola di Anna Ferri" closes a quote by naming its source; the phrase is no part of the name. Sentences
  // open on adverbs, conjunctions and question words ("Inoltre …", "Tuttavia …"), which a capital alone would
  // take for a name.
  notNames:
    'parola inoltre anche tuttavia però poi quindi ora oggi ieri domani allora dopo prima ancora già infine intanto comunque invece insomma pertanto peraltro chi cosa dove quando come perché mentre frattempo',
  articles: 'il lo la gli un una',
  glue: 'ha hanno aveva avevano avrebbe avrebbero poi anche inoltre',
  he: 'lui',
  she: 'lei',
  impersonal: 'si',
  roles:
    'ministro presidente premier portavoce giudice direttore deputato senatore sindaco segretario assessore consigliere procuratore avvocato questore prefetto governatore allenatore tecnico mister capitano giocatore ricercatore esperto analista dirigente amministratore vicepresidente vicepremier comandante maresciallo colonnello testimone primario primaria ministra sindaca assessora consigliera segretaria direttrice deputata senatrice economista sindacalista',
  // Italian copy avoids repeating a title: the coach becomes "il tecnico", the prime minister "il premier".
  // Only the president of the Council of Ministers is "il premier", not a region's or a club's president.
  epithets: ['allenatore tecnico mister', 'presidente_consiglio premier capo_governo', 'sindaco primo_cittadino'],
  postnominal: true,
  bodies: 'ministero prefettura comune procura questura governo tribunale polizia regione sindacato partito ospedale',
  of: "di del della dello dei degli delle dell' dell’",
  outlets: 'quotidiano giornale agenzia settimanale rivista emittente club',
  addressee: "a al alla ai allo all’ all'",
  agent: 'da dal dalla',
  opinion: 'per',
  describers: { m: 'il lo questo', f: 'la questa', any: "l'" },
  spokespeople: 'portavoce',
  pastMarks: 'ex',
  common: 'il della che di non sono per gli le una con è',
};
