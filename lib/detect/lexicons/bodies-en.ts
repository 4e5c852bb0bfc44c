/** English body lexicon: US and UK newsroom usage for companies, agencies and their later references. */
import type { BodyLexicon } from './body-types';

const CORPORATE = 'company,co.,co,inc.,inc,corp.,corp,corporation,llc,llp,ltd,ltd.,plc,group,holdings,partners';
const PUBLIC = 'agency,department,office,administration,commission,authority,bureau,service,board,ministry';

/** How English news names bodies and refers back to them. */
export const BODIES_EN: BodyLexicon = {
  code: 'en',
  documents:
    'statement statements release report letter memo filing notice order document documents ruling complaint lawsuit email post',
  indefinites: 'a an',
  referBack: 'noun',
  authorLinks: 'from by signed_by issued_by written_by signed_from issued_from written_from',
  places: 'at in inside outside interview_with interviews_with',
  media: 'on',
  addressVerbs: 'told tells telling',
  determiners: 'the a an its his her their',
  of: 'of for',
  heads:
    'ministry department district agency office administration commission authority bureau council board company co. co inc. inc corp. corp corporation llc llp ltd plc group holdings partners association federation union institute foundation',
  descriptions: [
    `agency:${PUBLIC}`,
    `department:department,ministry`,
    'district:district',
    'commission:commission',
    `company:${CORPORATE},utility,utilities,water,*`,
    `firm:${CORPORATE},engineering,consulting,capital,associates,*`,
    'board:board',
    'council:council',
    'ministry:ministry,department',
    'union:union,federation',
    'authority:authority',
  ].join(' '),
};
