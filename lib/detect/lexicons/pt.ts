/**
 * Portuguese. Reporting verbs are the "verbos dicendi" of Portuguese grammars, in the preterite and present
 * news copy uses ("disse", "afirmou", "declarou"); "segundo" is the source form; titles and offices from
 * Portuguese-language news; pronouns ele/ela.
 */
import type { LanguageLexicon } from './types';

/** Portuguese news usage. */
export const PT: LanguageLexicon = {
  code: 'pt',
  verbs: 'disse diz dizem disseram dito escreveu escreve respondeu responde concluiu conclui admitiu admite',
  stems:
    'afirm declar explic acrescent ressalt destac assegur sublinh avis coment garant reiter anunci lament critic defend',
  endings: 'ou a am ava ado aram',
  according: 'segundo conforme',
  articles: 'o a os as um uma seu sua do da',
  glue: 'tem têm tinha ainda também',
  he: 'ele',
  she: 'ela',
  impersonal: 'se',
  roles:
    'economista ministro presidente porta-voz juiz juíza diretor deputado senador prefeito secretário embaixador chefe advogado procurador professor treinador governador',
  postnominal: true,
  common: 'o os da do que não uma com para são em um no na dos das',
};
