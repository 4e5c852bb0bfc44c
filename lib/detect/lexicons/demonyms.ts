/**
 * Nationality nouns and adjectives, as news writes them before a name ("l’Estonien Kaarel Tamm", "der
 * Österreicher Max Huber", "Estonec Kaarel Tamm", "the Spaniard Rafael Moreno"): a description of the person,
 * never part of the name. Masculine forms, lower case; the feminine ones are derived where the language forms
 * them by an ending ("estonienne", "Österreicherin") and listed where it does not (Czech "Estonka").
 * Spanish, Italian and Portuguese write these words in lower case, so no capital run takes them in.
 */

/** Nationality words by ISO 639-1 code, space-separated. */
export const DEMONYM_WORDS: Record<string, string> = {
  en: 'spaniard briton brit dane swede finn pole scot scotsman scotswoman welshman irishman irishwoman frenchman frenchwoman englishman englishwoman dutchman dutchwoman turk greek czech slovak hungarian romanian bulgarian estonian latvian lithuanian norwegian danish finnish austrian swiss belgian portuguese serbian croatian slovenian belarusian chilean colombian argentine argentinian peruvian venezuelan cuban nigerian kenyan ethiopian moroccan algerian tunisian lebanese jordanian qatari emirati kuwaiti filipino indonesian vietnamese thai',
  fr: 'américain britannique anglais écossais irlandais gallois français allemand autrichien suisse suissesse italien espagnol portugais néerlandais belge danois suédois norvégien finlandais estonien letton lituanien polonais tchèque slovaque hongrois roumain bulgare grec grecque turc turque russe ukrainien biélorusse serbe croate slovène chinois japonais coréen indien israélien iranien brésilien argentin chilien mexicain canadien québécois australien marocain algérien tunisien égyptien syrien libanais palestinien luxembourgeois sénégalais ivoirien européen',
  de: 'amerikaner brite engländer schotte ire franzose französin deutscher deutsche österreicher schweizer italiener spanier portugiese niederländer holländer belgier däne schwede norweger finne este lette litauer pole tscheche slowake ungar rumäne bulgare grieche türke russe ukrainer belarusse serbe kroate slowene chinese japaner koreaner inder israeli iraner brasilianer argentinier chilene mexikaner kanadier australier marokkaner algerier tunesier ägypter syrer libanese luxemburger europäer',
  cs: 'američan američanka brit britka angličan angličanka skot skotka ir irka francouz francouzka němec němka rakušan rakušanka švýcar švýcarka ital italka španěl španělka portugalec portugalka nizozemec nizozemka belgičan belgičanka dán dánka švéd švédka nor norka fin finka estonec estonka lotyš lotyška litevec litevka polák polka čech češka slovák slovenka maďar maďarka rumun rumunka bulhar bulharka řek řekyně turek turkyně rus ruska ukrajinec ukrajinka bělorus běloruska srb srbka chorvat chorvatka slovinec slovinka číňan číňanka japonec japonka korejec korejka ind indka izraelec izraelka íránec íránka brazilec brazilka argentinec argentinka mexičan mexičanka kanaďan kanaďanka australan australanka evropan evropanka',
};

/** Endings that make the feminine (or plural) of a listed word, by language: "estonien" + "ne", "Pole" → "Polin". */
export const DEMONYM_ENDINGS: Record<string, string> = {
  fr: 'e ne s es nes',
  de: 'in innen n',
};
