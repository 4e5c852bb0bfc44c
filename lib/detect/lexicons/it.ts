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
    'detto dice dicono disse scritto scrive scrisse risposto risponde rispose concluso conclude ammesso ammette aggiunge aggiunto ribadito ribadisce',
  stems: 'afferm dichiar spieg sottoline precis annunci assicur comment avvert denunci osserv insist',
  endings: 'a ato ò ano ta to e',
  according: 'secondo',
  articles: 'il lo la i gli le un una suo sua del della',
  glue: 'ha hanno aveva avevano poi anche inoltre',
  he: 'lui',
  she: 'lei',
  impersonal: 'si',
  roles:
    'economista ministro presidente premier portavoce giudice direttore direttrice deputato senatore senatrice sindaco segretario ambasciatore capo avvocato procuratore professore allenatore',
  postnominal: true,
  common: 'il della che di non sono per gli le una con è del nel alla anche',
};
