/** Spanish body lexicon: ministerios, ayuntamientos, la patronal and companies as Spanish news names them. */
import type { BodyLexicon } from './body-types';

/** How Spanish news names bodies and refers back to them. */
export const BODIES_ES: BodyLexicon = {
  code: 'es',
  documents: 'comunicado comunicados nota texto informe carta escrito documento declaración resolución auto',
  indefinites: 'un una',
  referBack: 'document',
  places: 'en desde ante a al',
  determiners: 'el la los las un una su sus',
  of: 'de del de_la de_los de_las',
  adjectives: 'al ales ano anos ana anas ico icos ica icas ivo ivos iva ivas ista istas ense enses ola oles',
  heads:
    'ministerio ayuntamiento consejería confederación federación asociación sindicato fundación instituto consejo comisión cámara empresa grupo sa s.a. sl s.l. agencia junta gobierno patronal',
  descriptions: [
    'patronal:confederación,empresarial,empresarios,patronal,ceoe,cepyme',
    'ministerio:ministerio',
    'ayuntamiento:ayuntamiento',
    'consistorio:ayuntamiento',
    'empresa:empresa,grupo,sa,s.a.,sl,s.l.,*',
    'compañía:empresa,grupo,sa,s.a.,compañía,*',
    'sindicato:sindicato,confederación,comisiones,unión',
    'federación:federación',
    'confederación:confederación',
    'consejería:consejería',
    'asociación:asociación',
  ].join(' '),
};
