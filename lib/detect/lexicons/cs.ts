/**
 * Czech. Reporting verbs are the verba dicendi of Czech grammars in the forms news copy uses after a quote
 * ("řekl", "uvedla", "dodal", present "říká", "tvrdí", "píše"); past stems take the gender endings -l,
 * -la, -lo, -li; "podle" is the source form; titles and offices from Czech news; pronouns on/ona.
 */
import type { LanguageLexicon } from './types';

/** Czech news usage. */
export const CS: LanguageLexicon = {
  code: 'cs',
  verbs:
    'říká říkal říkala píše psal psala napsal napsala tvrdí míní uvádí dodává hodnotí přirovnává přidává zdůrazňuje vysvětluje upozorňuje prohlašuje varuje konstatuje odpovídá poznamenává doplňuje oznámil oznámila sdělil sdělila odpověděl odpověděla',
  stems:
    'řek uved doda prohlási zdůrazni vysvětli upozorni varova konstatova poznamena doplni potvrdi připusti oceni napsa',
  endings: 'l la lo li ly',
  according: 'podle',
  articles: '',
  glue: 'se si to ještě také pak',
  he: 'on',
  she: 'ona',
  roles:
    'ekonom ekonomka ministr ministryně premiér premiérka prezident prezidentka mluvčí soudce soudkyně ředitel ředitelka poslanec poslankyně senátor starosta starostka trenér trenérka útočník obránce předseda předsedkyně velvyslanec advokát zástupce profesor',
  common: 'a je se na že to v není jsou jak by ale po pro jako jeho při už také které',
};
