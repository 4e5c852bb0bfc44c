import { afterEach, describe, expect, it } from 'vitest';
import { inPlaceOrAddressee } from '@/lib/detect/attribution/body-places';
import { namesGroup } from '@/lib/detect/attribution/speaker-check';
import { detect } from '@/lib/detect/index';
import { bodies } from '@/lib/detect/people/body-lexicon';
import { namesDocument } from '@/lib/detect/people/body-mentions';
import { descriptionNoun, fitsDescription } from '@/lib/detect/people/described-body';
import { fullBodyName } from '@/lib/detect/people/full-body-names';
import { useLanguage } from '@/lib/detect/text/language';

/** The body lexicon of `lang`, set as the language detection reads in. */
function lexicon(lang: string) {
  useLanguage(lang);
  const b = bodies();
  if (!b) throw new Error(`no body lexicon for ${lang}`);
  return b;
}

/** The speaker of the quote starting with `words`, read as a page in `lang`. */
function speakerOf(lang: string, text: string, words: string) {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

afterEach(() => useLanguage('en'));

describe('documents never speak', () => {
  it.each([
    ['de', 'Stellungnahme', true],
    ['de', 'Pressemitteilung', true],
    ['fr', 'communiqué', true],
    ['es', 'comunicado', true],
    ['en', 'statement', true],
    ['en', 'Northgate Power', false],
    ['de', 'Landratsamt Freising', false],
    ['fr', 'Fédération des conseils de parents', false],
  ])('%s: "%s" names a document: %s', (lang, name, expected) => {
    expect(namesDocument(lexicon(lang), name)).toBe(expected);
  });
});

describe('a group of people is no one speaker', () => {
  it.each([
    ['en', 'Labour MPs', true],
    ['en', 'Democratic senators', true],
    ['en', 'Harbour residents', true],
    ['en', 'Helen Marsh', false],
    ['en', 'Fair Power', false],
    ['en', 'Oregon Public Utility Commission', false],
    ['en', 'Ferris', false],
  ])('%s: "%s" names a group: %s', (lang, name, expected) => {
    expect(namesGroup(lexicon(lang), name)).toBe(expected);
  });
});

describe('places, buildings and outlets in their phrases are no speakers', () => {
  it.each([
    ['fr', 'Les syndicats ont défilé. À Matignon, on assure que le texte est équilibré.', 'Matignon', true],
    ['fr', 'Le directeur a déclaré à la RTS que le site resterait ouvert.', 'RTS', true],
    ['fr', 'Il a confié à l’AFP que rien n’était décidé.', 'AFP', true],
    ['fr', 'La députée a réagi sur France Inter dans la matinée.', 'France Inter', true],
    ['es', 'El debate siguió en los pasillos de la Cámara durante horas.', 'Cámara', true],
    ['es', 'La ministra lo dijo ante el Senado el martes.', 'Senado', true],
    ['en', 'The chief executive told CNBC on Thursday that sales had slowed.', 'CNBC', true],
    ['en', 'Ashdown said on BBC Radio 4 that customers would not pay.', 'BBC Radio', true],
    ['en', 'In an interview with Reuters, the minister said the deal was close.', 'Reuters', true],
    ['de', 'Der Minister sagte gegenüber dem SWR, man prüfe alles.', 'SWR', true],
    ['en', 'According to Reuters, the talks have stalled.', 'Reuters', false],
    ['en', 'Analysts at Harper Lyle said the fine was manageable.', 'Harper Lyle', false],
    ['en', 'On Weibo, a hashtag was censored within hours.', 'Weibo', false],
    ['fr', 'Selon la préfecture, la route restera fermée.', 'préfecture', false],
    ['fr', 'Le juge en chef avait déclaré que le juge était en règle.', 'chef', false],
    ['es', 'Según el Ayuntamiento, las obras acabarán en mayo.', 'Ayuntamiento', false],
  ])('%s: %s (%s) → %s', (lang, text, name, expected) => {
    expect(inPlaceOrAddressee(text, lexicon(lang), text.indexOf(name))).toBe(expected);
  });
});

describe('the first words of a longer name take the name the page writes', () => {
  it.each([
    [
      'en',
      'The contract went to Hollis & Crane Engineering, a Tacoma firm.',
      'Crane Engineering',
      'Hollis & Crane Engineering',
    ],
    ['en', 'Brennan Lowe & Co. advised the buyer.', 'Brennan Lowe', 'Brennan Lowe & Co.'],
    [
      'fr',
      'La Fédération des conseils de parents d’élèves (FCPE) dénonce la réforme.',
      'Fédération',
      'Fédération des conseils de parents d’élèves',
    ],
    [
      'fr',
      'La Fédération départementale des syndicats d’exploitants agricoles (FDSEA) de la Manche réclame plus.',
      'Fédération',
      'Fédération départementale des syndicats d’exploitants agricoles de la Manche',
    ],
    [
      'fr',
      'la Confédération paysanne de la Manche juge le chiffre insuffisant.',
      'Manche',
      'Confédération paysanne de la Manche',
    ],
    ['de', 'Der Verband kommunaler Unternehmen warnt vor Engpässen.', 'Verband', 'Verband kommunaler Unternehmen'],
    ['es', 'El Ayuntamiento de Zamora aprobó el plan.', 'Ayuntamiento', 'Ayuntamiento de Zamora'],
    ['fr', 'Normilait a publié un communiqué lundi.', 'Normilait', 'Normilait'],
  ])('%s: %s', (lang, text, words, name) => {
    const at = text.indexOf(words);
    expect(fullBodyName(text, lexicon(lang), at, at + words.length).name).toBe(name);
  });
});

describe('a definite description stands for a body whose name or kind fits it', () => {
  it.each([
    ['en', 'the agency', 'agency', 'Oregon Department of Environmental Quality', true],
    ['en', 'the agency', 'agency', 'Cascade Ridge Water Co.', false],
    ['en', 'the firm', 'firm', 'Hollis & Crane Engineering', true],
    ['en', 'the company', 'company', 'Northgate Power', true],
    ['en', 'the district', 'district', 'BBC Radio', false],
    ['de', 'die Behörde', 'behörde', 'Landratsamt Freising', true],
    ['de', 'die Behörde', 'behörde', 'Isarland Wohnbau GmbH', false],
    ['es', 'la patronal', 'patronal', 'Confederación Española de Organizaciones Empresariales', true],
    ['es', 'la patronal', 'patronal', 'Comisiones Obreras', false],
    ['fr', 'le ministère', 'ministère', 'ministère de l’Agriculture', true],
    ['fr', 'la fédération', 'fédération', 'Confédération paysanne de la Manche', true],
  ])('%s: "%s" for %s: %s', (lang, phrase, noun, name, expected) => {
    const b = lexicon(lang);
    expect(descriptionNoun(b, phrase)).toBe(noun);
    expect(fitsDescription(b, noun, name)).toBe(expected);
  });
});

describe('speakers on whole sentences', () => {
  it.each([
    [
      'en',
      'The Pine County Health Department ordered tests at Harlow Water Inc. on Friday. “Every home will be tested,” the agency said.',
      'Every home',
      'Pine County Health Department',
    ],
    [
      'en',
      'The Fairview Water District buys its water from Harlow Water Inc. “Every test has come back clean,” the district said in a notice.',
      'Every test',
      'Fairview Water District',
    ],
    [
      'en',
      'The contract went to Baxter & Young Construction, a Denver builder. Young Construction said it would “meet every deadline.”',
      'meet every',
      'Baxter & Young Construction',
    ],
    [
      'en',
      'Cascade Ridge Water Co. was fined on Thursday. Cascade Ridge, a subsidiary of Meridian Utilities Inc., serves 61,000 homes. In a statement, the company said it “accepts full responsibility.”',
      'accepts full',
      'Cascade Ridge Water Co',
    ],
    [
      'de',
      'Das Landratsamt Freising hat die Genehmigung erteilt. „Alle Auflagen sind erfüllt“, teilte die Behörde mit.',
      'Alle Auflagen',
      'Landratsamt Freising',
    ],
    [
      'de',
      'Die Stadtwerke München GmbH erhöhen die Preise. „Das ist unvermeidlich“, erklärte das Unternehmen am Montag.',
      'Das ist',
      'Stadtwerke München GmbH',
    ],
    [
      'es',
      'La Confederación Española de Organizaciones Empresariales (CEOE) rechazó la ley. “Es un error histórico”, ha advertido la patronal.',
      'Es un error',
      'Confederación Española de Organizaciones Empresariales',
    ],
    [
      'es',
      'El Ayuntamiento de Zamora aprobó el plan. “Se hará en dos fases”, ha explicado el Ayuntamiento.',
      'Se hará',
      'Ayuntamiento de Zamora',
    ],
    [
      'fr',
      'La Fédération des conseils de parents d’élèves (FCPE) dénonce la réforme. « Nous irons jusqu’au bout », a prévenu la fédération.',
      'Nous irons',
      'Fédération des conseils de parents d’élèves',
    ],
    [
      'fr',
      'La FDSEA réclame 480 euros. La Fédération nationale des industries laitières (FNIL) dénonce les blocages. « Des emplois sont en jeu », a ajouté la fédération.',
      'Des emplois',
      'Fédération nationale des industries laitières',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it.each([
    ['fr', 'Les syndicats ont défilé. À Matignon, on assure que le texte est « équilibré ».', 'équilibré'],
    ['es', 'El debate siguió en los pasillos de la Cámara. “No hay votos”, reconocía un diputado.', 'No hay'],
    ['de', 'In einer Stellungnahme heißt es: „Wir halten an dem Projekt fest.“', 'Wir halten'],
    ['en', 'Shares fell. “The fine is manageable,” the agency said.', 'The fine'],
  ])('%s: nobody speaks in %s', (lang, text, words) => {
    expect(speakerOf(lang, text, words)).toBeNull();
  });
});
