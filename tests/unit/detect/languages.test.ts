import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { pickLanguage } from '@/lib/detect/text/language';

/** Speaker and kind of the quote starting with `words`, reading `text` as a page declared in `lang`. */
function quoteOf(text: string, words: string, lang: string) {
  const q = detect(text, { lang }).quotes.find((x) => x.text.startsWith(words));
  return q ? { speaker: q.speaker, kind: q.kind } : undefined;
}

const FR = 'Le ministre de la Santé, Paul Girard, a rencontré la présidente de la région, Marie Duval, lundi.';
const DE = 'Gesundheitsminister Jonas Weber traf am Montag die Landrätin Petra Lang in Kassel.';
const ES = 'El ministro de Sanidad, Pablo Herrero, se reunió el lunes con la alcaldesa Carmen Ruiz.';
const IT = 'Il ministro della Salute, Paolo Ferri, ha incontrato lunedì la sindaca Giulia Conti.';
const PT = 'O ministro da Saúde, Paulo Matos, reuniu-se na segunda-feira com a prefeita Ana Lopes.';
const CS = 'Ministr zdravotnictví Pavel Novák se v pondělí sešel se starostkou Janou Malou.';

describe('attribution in French', () => {
  it.each([
    ['inverted passé composé', `${FR} « Nous avons un accord », a déclaré Paul Girard.`, 'Nous avons', 'Paul Girard'],
    [
      'inverted with a title',
      `${FR} « Nous avons un accord », a déclaré jeudi le ministre, Paul Girard.`,
      'Nous avons',
      'Paul Girard',
    ],
    [
      'inverted pronoun -t-il',
      `${FR} Paul Girard est arrivé tôt. « Rien n'est signé », a-t-il ajouté.`,
      'Rien',
      'Paul Girard',
    ],
    [
      'inverted pronoun after a present',
      `${FR} Marie Duval est restée prudente. « Rien n'est signé », dit-elle.`,
      'Rien',
      'Marie Duval',
    ],
    ['colon lead-in', `${FR} Marie Duval a déclaré : « La région paiera sa part. »`, 'La région', 'Marie Duval'],
    ['selon after the fragment', `${FR} Le plan est « très solide », selon Paul Girard.`, 'très solide', 'Paul Girard'],
    [
      'selon before the fragment',
      `${FR} Selon Marie Duval, le budget est « à l'équilibre ».`,
      "à l'équilibre",
      'Marie Duval',
    ],
    [
      'subject of the sentence',
      `${FR} Paul Girard estime que la réforme est « indispensable ».`,
      'indispensable',
      'Paul Girard',
    ],
    ['a fait savoir X', `${FR} « Nous avons un accord », a fait savoir Paul Girard.`, 'Nous avons', 'Paul Girard'],
    ["d'après", `${FR} D'après Marie Duval, « rien n'est fait ».`, 'rien', 'Marie Duval'],
    [
      'a sentence closed inside « »',
      `${FR} Paul Girard a déclaré : « Oui. » Marie Duval a souri. « Non », dit-elle.`,
      'Non',
      'Marie Duval',
    ],
    ['marks without spaces', `${FR} «Nous avons un accord», a déclaré Paul Girard.`, 'Nous avons', 'Paul Girard'],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker).toBe(speaker);
  });
});

describe('attribution in German', () => {
  it.each([
    ['sagte X, „…“ marks', `${DE} „Wir haben eine Einigung“, sagte Jonas Weber.`, 'Wir haben', 'Jonas Weber'],
    [
      'compound title before the name',
      `${DE} „Wir haben eine Einigung“, sagte Gesundheitsminister Jonas Weber.`,
      'Wir haben',
      'Jonas Weber',
    ],
    [
      'sagte sie',
      `${DE} Petra Lang blieb vorsichtig. „Noch ist nichts unterschrieben“, sagte sie.`,
      'Noch ist',
      'Petra Lang',
    ],
    [
      'separable verb: fügte er hinzu',
      `${DE} Jonas Weber lächelte. „Das war ein langer Tag“, fügte er hinzu.`,
      'Das war',
      'Jonas Weber',
    ],
    ['so X', `${DE} „Die Kliniken brauchen Geld“, so Lang.`, 'Die Kliniken', 'Petra Lang'],
    ['laut X', `${DE} Laut Petra Lang ist die Lage „ernst“.`, 'ernst', 'Petra Lang'],
    ['colon lead-in', `${DE} Weber erklärte: „Wir zahlen die Hälfte.“`, 'Wir zahlen', 'Jonas Weber'],
    ['»…« marks', `${DE} »Wir haben eine Einigung«, sagte Jonas Weber.`, 'Wir haben', 'Jonas Weber'],
    [
      'a sentence closed inside „…“',
      `${DE} Weber erklärte: „Wir zahlen.“ Petra Lang schwieg. „Gut“, sagte sie.`,
      'Gut',
      'Petra Lang',
    ],
    ['‚…‘ marks inside „…“', `${DE} „Er sagte ‚nie wieder‘ und ging“, sagte Petra Lang.`, 'Er sagte', 'Petra Lang'],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words, 'de')?.speaker).toBe(speaker);
  });
});

describe('attribution in Spanish', () => {
  it.each([
    ['dijo X', `${ES} “Tenemos un acuerdo”, dijo Pablo Herrero.`, 'Tenemos', 'Pablo Herrero'],
    [
      'afirmó el ministro, X',
      `${ES} “Tenemos un acuerdo”, afirmó el ministro de Sanidad, Pablo Herrero.`,
      'Tenemos',
      'Pablo Herrero',
    ],
    [
      'subject dropped: añadió',
      `${ES} “Tenemos un acuerdo”, dijo Carmen Ruiz. “Falta la firma”, añadió.`,
      'Falta',
      'Carmen Ruiz',
    ],
    ['según', `${ES} Según Carmen Ruiz, el plan es “muy sólido”.`, 'muy sólido', 'Carmen Ruiz'],
    ['« » marks', `${ES} «Tenemos un acuerdo», aseguró Pablo Herrero.`, 'Tenemos', 'Pablo Herrero'],
    ['colon lead-in', `${ES} La alcaldesa Carmen Ruiz pidió calma: “Nadie está solo”.`, 'Nadie', 'Carmen Ruiz'],
  ])('%s', (_name, text, words, speaker) => {
    expect(quoteOf(text, words, 'es')?.speaker).toBe(speaker);
  });
});

describe('attribution in Italian, Portuguese and Czech', () => {
  it.each([
    ['it: ha detto X', IT, 'it', `${IT} «Abbiamo un accordo», ha detto Paolo Ferri.`, 'Abbiamo', 'Paolo Ferri'],
    ['it: secondo', IT, 'it', `${IT} Secondo Giulia Conti, il piano è «molto solido».`, 'molto solido', 'Giulia Conti'],
    ['pt: disse X', PT, 'pt', `${PT} “Temos um acordo”, disse Paulo Matos.`, 'Temos', 'Paulo Matos'],
    ['pt: segundo', PT, 'pt', `${PT} Segundo Ana Lopes, o plano é “muito sólido”.`, 'muito sólido', 'Ana Lopes'],
    ['cs: řekl X', CS, 'cs', `${CS} „Máme dohodu,“ řekl Pavel Novák.`, 'Máme', 'Pavel Novák'],
    ['cs: uvedla X', CS, 'cs', `${CS} „Peníze chybí,“ uvedla starostka Jana Malá.`, 'Peníze', 'Jana Malá'],
    ['cs: podle', CS, 'cs', `${CS} Podle Pavla Nováka je plán „velmi solidní“.`, 'velmi', null],
  ])('%s', (_name, _intro, lang, text, words, speaker) => {
    const found = quoteOf(text, words, lang);
    expect(found).toBeDefined();
    if (speaker !== null) expect(found?.speaker).toBe(speaker);
  });
});

describe('pronouns resolve only to the person they can stand for', () => {
  it.each([
    [
      'fr: elle after a woman and a man',
      'fr',
      `${FR} Marie Duval a quitté la salle. « C'est fini », a-t-elle lancé.`,
      "C'est fini",
      'Marie Duval',
    ],
    [
      'de: er after a man',
      'de',
      `${DE} Jonas Weber verließ den Saal. „Es ist vorbei“, sagte er.`,
      'Es ist',
      'Jonas Weber',
    ],
    [
      'es: ella',
      'es',
      `${ES} Carmen Ruiz salió de la sala. Ella dijo que todo estaba “terminado”.`,
      'terminado',
      'Carmen Ruiz',
    ],
    [
      'fr: il skips a woman the text called elle',
      'fr',
      "Dominique Blanc a accueilli Camille Roy. Camille Roy est arrivée en retard. Elle s'est excusée. « Oui », a-t-il dit.",
      'Oui',
      'Dominique Blanc',
    ],
  ])('%s', (_name, lang, text, words, speaker) => {
    expect(quoteOf(text, words, lang)?.speaker).toBe(speaker);
  });
});

describe('quotes that must stay unattributed', () => {
  it.each([
    [
      'fr: an unnamed traveller',
      'fr',
      `${FR} « Paul Girard nous oublie », a déclaré Paul Girard. « On attend depuis deux heures », soupire une voyageuse.`,
      'On attend',
    ],
    [
      'fr: selon an unnamed diplomat',
      'fr',
      `${FR} Selon un diplomate européen, les discussions sont « laborieuses ».`,
      'laborieuses',
    ],
    ['de: teilte das Ministerium mit', 'de', `${DE} „Das ist falsch“, teilte das Ministerium mit.`, 'Das ist'],
    ['de: ein Sprecher', 'de', `${DE} „Das ist falsch“, sagte ein Sprecher des Ministeriums.`, 'Das ist'],
    ['de: heißt es', 'de', `${DE} „Das hören wir seit Jahren“, heißt es aus Kreisen der Länder.`, 'Das hören'],
    ['es: un bombero', 'es', `${ES} “Es la peor semana”, comentaba un bombero en la base.`, 'Es la peor'],
  ])('%s', (_name, lang, text, words) => {
    const found = quoteOf(text, words, lang);
    expect(found).toBeDefined();
    expect(found?.speaker).toBeNull();
  });
});

describe('the language read', () => {
  it.each([
    [
      'declared and written in French',
      'Le gouvernement a annoncé que la réforme sera votée dans les prochains jours et que les syndicats sont opposés.',
      'fr',
      'fr',
    ],
    [
      'declared English, written in German',
      'Die Regierung hat am Dienstag den Haushalt vorgelegt, und die Opposition ist nicht zufrieden mit den Zahlen für das nächste Jahr.',
      'en',
      'de',
    ],
    [
      'undeclared Spanish',
      'El gobierno anunció que la reforma se votará en los próximos días y que los sindicatos están en contra de la medida.',
      undefined,
      'es',
    ],
    [
      'declared with a region',
      'Le gouvernement a annoncé que la réforme sera votée dans les prochains jours.',
      'fr-CA',
      'fr',
    ],
  ])('%s', (_name, text, declared, code) => {
    expect(pickLanguage(text, declared)).toBe(code);
  });

  it('reads English rules back after a French text', () => {
    detect(`${FR} « Nous avons un accord », a déclaré Paul Girard.`, { lang: 'fr' });
    const en = detect('Minister Paul Gray met reporters. "We have a deal," Gray said. "It was hard," said Gray.');
    expect(en.quotes.map((q) => q.speaker)).toEqual(['Paul Gray', 'Paul Gray']);
  });
});

describe('evidence: the cue words as the text has them', () => {
  it.each([
    ['fr', `${FR} Paul Girard est arrivé. « Rien n'est signé », a-t-il ajouté.`, 'Rien', 'cue', 'a-t-il ajouté'],
    ['fr', `${FR} « Nous avons un accord », a déclaré Paul Girard.`, 'Nous avons', 'cue', 'a déclaré Paul Girard'],
    [
      'fr',
      `${FR} Selon Marie Duval, le budget est « à l'équilibre ».`,
      "à l'équilibre",
      'according-to',
      'Selon Marie Duval',
    ],
    ['fr', `${FR} Marie Duval a déclaré : « La région paiera. »`, 'La région', 'lead-in', 'Marie Duval a déclaré'],
    ['de', `${DE} „Die Kliniken brauchen Geld“, so Lang.`, 'Die Kliniken', 'according-to', 'so Lang'],
    ['de', `${DE} Jonas Weber lächelte. „Das war ein langer Tag“, sagte er.`, 'Das war', 'cue', 'sagte er'],
    ['es', `${ES} “Tenemos un acuerdo”, dijo Pablo Herrero.`, 'Tenemos', 'cue', 'dijo Pablo Herrero'],
  ])('%s: %s', (lang, text, words, way, cue) => {
    const q = detect(text, { lang }).quotes.find((x) => x.text.startsWith(words));
    expect(q?.evidence?.way).toBe(way);
    expect(q?.evidence?.cue).toBe(cue);
  });

  it('trusts a pronoun less than a name', () => {
    const text = `${FR} « Oui », a déclaré Paul Girard. Il est parti. « Non », a-t-il ajouté.`;
    const [named, pronoun] = detect(text, { lang: 'fr' }).quotes;
    expect(named?.evidence?.confidence).toBeGreaterThan(pronoun?.evidence?.confidence ?? 1);
  });
});

describe('quotation marks of each language', () => {
  it.each([
    ['“ ” English', 'He said “we will go” and left.', 'we will go'],
    ['« » French with narrow no-break spaces', 'Il a dit « nous irons » puis est parti.', 'nous irons'],
    ['« » French without spaces', 'Il a dit «nous irons» puis est parti.', 'nous irons'],
    ['„ “ German and Czech', 'Er sagte „wir gehen“ und ging.', 'wir gehen'],
    ['» « German', 'Er sagte »wir gehen« und ging.', 'wir gehen'],
    ['‚ ‘ German single', 'Er sagte ‚wir gehen‘ und ging.', 'wir gehen'],
    ['「 」 Japanese', '首相は「経済を立て直す」と述べた。', '経済を立て直す'],
    ['『 』 Japanese', '首相は『感謝したい』と語った。', '感謝したい'],
  ])('%s', (_name, text, body) => {
    expect(detect(text).quotes.map((q) => q.text)).toContain(body);
  });

  it.each([
    ['「…」と述べた is a quotation', '首相は「経済を立て直す」と述べた。', 'direct'],
    ['『…』 as a title is a term', '映画『君の名は』を見た。', 'term'],
  ])('%s', (_name, text, kind) => {
    expect(detect(text, { lang: 'ja' }).quotes[0]?.kind).toBe(kind);
  });
});
