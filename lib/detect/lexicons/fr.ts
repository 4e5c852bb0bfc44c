/**
 * French. Reporting verbs are the "verbes introducteurs du discours rapporté" of French school grammars, in
 * the tenses press copy uses (passé composé after the quote: "a déclaré", "a-t-il ajouté"; présent: "dit",
 * "estime"; the imperfect of features and sports copy: "confiait", "reconnaissait"; verbs of manner that
 * report speech there too: "sourit", "s’amuse", "soupire"); source forms, titles and pronouns from the same grammar of reported speech and from the
 * offices French-language news names.
 */
import type { LanguageLexicon } from './types';

/** French news usage. */
export const FR: LanguageLexicon = {
  code: 'fr',
  verbs:
    'dit disait écrit écrivait répond répondu répondait conclut concluait conclu renchéri renchérit renchérissait convenu convient soulevé soulève soulevait évoqué évoquait illustré illustrait enchaîné enchaîne enchaînait remarquer demandé demandait interroge interrogeait poursuit poursuivait reconnaît reconnaissait reconnu admet admettait admis prévient prévenait prévenu soutient soutenait soutenu lançait réagi réagit réagissait averti avertit poursuivi savoir martèle répète concède relève relevé relevait promet promettait promis prédit prédisait décrit décrivait maintient maintenait maintenu sourit souriait réjouit réjouissait',
  stems:
    'déclar affirm ajout expliqu estim précis indiqu assur soulign insist rappel déplor mentionn annonc racont avert comment confirm dénonc témoign répliqu rétorqu signal regrett salu félicit inquiét martel tranch résum observ concéd détaill fustig accus réclam exig tempér nuanc argument interpell ironis plaid lanc confi gliss lâch avou tonn répét soupir amus agac emport indign étonn exclam enthousiasm époumon insurg raill fulmin confess',
  endings: 'e é ée ent ait aient a èrent',
  according: "selon d'après d’après",
  articles: 'le la les l un une son sa ses leur de du des en',
  glue: 'a ont avait aurait encore aussi lui leur se s est s’est fait',
  he: 'il',
  she: 'elle',
  impersonal: 'on',
  roles:
    'économiste ministre président porte-parole juge directeur député sénateur maire préfet secrétaire ambassadeur chef avocat procureur professeur conseiller élu adjoint délégué dirigeant syndicaliste chercheur entraîneur capitaine joueur commissaire médecin analyste historien politologue sociologue candidat militant',
  // French copy avoids repeating a title too: a union's secretary becomes "la syndicaliste", an academic
  // economist "la chercheuse", a coach "le technicien".
  epithets: [
    'secrétaire délégué dirigeant syndicaliste',
    'économiste chercheur historien politologue',
    'entraîneur technicien coach',
  ],
  postnominal: true,
  bodies:
    'ministère préfecture rectorat mairie conseil parquet gendarmerie ambassade tribunal gouvernement assemblée commission syndicat police hôpital université fédération association cour',
  of: "de du des d' d’ la l' l’",
  adjectives: 'ère ères aire aires ale ales ique iques elle elles ienne iennes aise aises',
  outlets: 'quotidien journal hebdomadaire magazine agence chaîne site radio club',
  addressee: 'à au aux',
  agent: 'par',
  possessives: 'son sa ses leur leurs',
  opinion: 'pour',
  goesOn: 'avant et',
  umbrellas: 'élu:député,sénateur,maire,conseiller,bourgmestre,adjoint,édile édile:maire,bourgmestre',
  stressed: { m: 'lui', f: 'elle' },
  describers: { m: 'le ce cet', f: 'la cette', any: "l'" },
  spokespeople: 'porte-parole',
  pastMarks: 'ancien ancienne ex',
  // Sentences open on adverbs, conjunctions and question words ("Ensuite, …", "Pourtant …"), which a capital
  // alone would take for a name.
  notNames:
    "ensuite puis cependant toutefois pourtant néanmoins désormais aujourd’hui aujourd'hui hier demain ainsi enfin alors également déjà mais donc or car surtout notamment certes bref seulement depuis encore qui quoi où pourquoi comment quand lorsque puisque parallèlement auparavant dorénavant",
  common: 'par le la les des est une et que dans pour qui',
};
