/** French body lexicon: ministries, prefectures, federations and companies as French news names them. */
import type { BodyLexicon } from './body-types';

/** How French news names bodies and refers back to them. */
export const BODIES_FR: BodyLexicon = {
  code: 'fr',
  documents:
    'communiqué communiqués texte rapport lettre courrier note document déclaration tribune arrêté décret circulaire',
  indefinites: 'un une',
  referBack: 'document',
  places: 'à au aux dans en chez devant depuis',
  media: 'sur',
  determiners: "le la les l' l’ un une son sa ses leur",
  of: "de du des d' d’ de_la de_l' de_l’",
  adjectives:
    'ale ales al aux ique iques aire aires elle elles enne ennes anne annes ère ères ole oles ien iens if ive ifs ives aise aises ais',
  heads:
    'ministère préfecture rectorat mairie fédération confédération syndicat union association groupe société sa sas conseil agence office institut autorité commission chambre direction caisse coopérative',
  descriptions: [
    'ministère:ministère',
    'préfecture:préfecture',
    'fédération:fédération,confédération',
    'confédération:confédération',
    'syndicat:syndicat,confédération,union,fédération',
    'groupe:groupe,sa,sas,société,*',
    'entreprise:groupe,sa,sas,société,*',
    'société:société,sa,sas,*',
    'coopérative:coopérative',
    'mairie:mairie',
    'agence:agence,autorité,office',
    'autorité:autorité',
    'rectorat:rectorat',
  ].join(' '),
};
