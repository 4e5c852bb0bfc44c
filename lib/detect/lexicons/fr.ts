/**
 * French. Reporting verbs are the "verbes introducteurs du discours rapporté" of French school grammars, in
 * the tenses press copy uses (passé composé after the quote: "a déclaré", "a-t-il ajouté"; présent: "dit",
 * "estime"); source forms, titles and pronouns from the same grammar of reported speech and from the
 * offices French-language news names.
 */
import type { LanguageLexicon } from './types';

/** French news usage. */
export const FR: LanguageLexicon = {
  code: 'fr',
  verbs:
    'dit dire disait dirent écrit écrivait écrire répond répondu répondait conclut conclu poursuit poursuivi reconnaît reconnu admet admis prévient prévenu soutient soutenu maintient maintenu promet promis lance lancé interroge interrogé confie confié jugé',
  stems:
    'déclar affirm ajout expliqu estim précis indiqu assur soulign insist rappel rappell déplor not mentionn annonc martel martèl racont concéd concèd résum avert comment confirm dénonc témoign tranch ironis plaid répliqu rétorqu observ lâch assén signal accus',
  endings: 'e é ée ent ait aient a èrent',
  according: "selon d'après d’après",
  articles: 'le la les l un une son sa ses leur de du des en',
  glue: 'a ont avait avaient aurait auraient encore également aussi alors ensuite enfin lui leur se s',
  he: 'il',
  she: 'elle',
  impersonal: 'on',
  roles:
    'économiste ministre président présidente porte-parole juge directeur directrice député députée sénateur sénatrice maire préfet secrétaire ambassadeur ambassadrice chef avocat avocate procureur procureure professeur professeure responsable conseiller conseillère commissaire général chercheur chercheuse entraîneur syndicaliste dirigeant dirigeante',
  postnominal: true,
  common: 'par le la les des est une et que dans pour qui pas sur avec ont été du au aux son ses cette',
};
