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
    'říká řekl řekla píše napsal napsala tvrdí míní uvádí dodává hodnotí přidává přirovnává zdůrazňuje vysvětluje upozorňuje konstatuje komentuje doplňuje popisuje reaguje varuje připomíná poznamenává oznamuje odpovídá sděluje přiznává líčí vzpomíná shrnuje podotýká vzkazuje tvrdil tvrdila mínil mínila napsali řekli odpověděl odpověděla připomněl připomněla podotkl podotkla shrnul shrnula dodali uvedli',
  stems:
    'uved doda prohlási zdůrazni vysvětli upozorni poznamena sděli konstatova reagova potvrdi doplni varova svěři popsa vzkáza přizna oznámi komentova kritizova prozradi hodnoti oceni přida zopakova uzavře připusti ujisti chváli pochváli upřesni naznači posteskl označi nazva postěžova stěžova',
  endings: 'l la lo li ly',
  according: 'podle',
  articles: '',
  glue: 'se si čtk novinářům médiím reportérům',
  he: 'on',
  she: 'ona',
  roles:
    'ministr premiér prezident mluvčí soudce ředitel poslanec senátor starosta hejtman náměstek předseda místopředseda trenér kapitán hydrolog meteorolog ekonom analytik expert lékař policista hasič velitel ombudsman ministryně premiérka prezidentka ředitelka poslankyně senátorka starostka hejtmanka primátor primátorka místostarosta místostarostka náměstkyně předsedkyně místopředsedkyně šéf šéfka kouč trenérka kapitánka generál náčelník náčelnice velvyslanec velvyslankyně komisař komisařka guvernér guvernérka rektor rektorka děkan děkanka analytička lékařka advokát advokátka soudkyně inspektor inspektorka šéfredaktor šéfredaktorka',
  verbGender: { m: 'l', f: 'la' },
  epithets: ['trenér kouč'],
  inflected: true,
  bodies: 'ministerstvo policie úřad vláda soud magistrát radnice',
  outlets: 'server web deník večerník list týdeník magazín agentura stanice televize klub portál',
  addressee: 'pro',
  agent: 'od',
  // Sentences open on adverbs, conjunctions and question words ("Zároveň připustil …", "Podle toho …", "Kdo …"),
  // which a capital alone would take for a name.
  notNames:
    'zároveň současně rovněž také přesto navíc však ovšem proto tedy nyní teď dnes včera zítra později poté pak potom nakonec konečně předtím dosud již už stále zatím mezitím naopak naštěstí bohužel toho tom kdo co kde kdy proč jak když protože jenže ale takže totiž prý dle dále hned jinak opět znovu nicméně každopádně',
  common: 'a je se na že to v není jsou jak by ale',
};
