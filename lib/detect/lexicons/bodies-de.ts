/** German body lexicon: Ämter, Ministerien, Verbände and companies as German news names them. */
import type { BodyLexicon } from './body-types';

/** How German news names bodies and refers back to them. */
export const BODIES_DE: BodyLexicon = {
  code: 'de',
  documents:
    'stellungnahme mitteilung erklärung schreiben brief bericht papier gutachten bescheid urteil antwort beschluss',
  indefinites: 'ein eine einer einem',
  referBack: 'document',
  places: 'in im am auf bei beim gegenüber vor',
  determiners: 'der die das dem den des ein eine einem einer',
  of: 'der des für von',
  adjectives: 'er',
  heads:
    'ministerium amt behörde verband vereinigung bund gewerkschaft kammer gmbh ag se kg konzern unternehmen werke stadtwerke landratsamt agentur rat senat kommission',
  descriptions: [
    'behörde:amt,ministerium,behörde,agentur,landratsamt,direktion,präsidium',
    'ministerium:ministerium',
    'amt:amt',
    'verband:verband,vereinigung,bund',
    'unternehmen:gmbh,ag,se,kg,konzern,werke,unternehmen,*',
    'konzern:konzern,ag,se,gmbh,*',
    'gewerkschaft:gewerkschaft',
    'kammer:kammer',
  ].join(' '),
};
