import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quote starting with `words` in `text`, read in language `lang`. */
function quoteOf(text: string, words: string, lang: string) {
  return detect(text, { lang }).quotes.find((x) => x.text.startsWith(words));
}

/** The names of the people found in `text`. */
function peopleOf(text: string, lang: string) {
  return detect(text, { lang }).people.map((p) => p.name);
}

describe('French news: a title’s complement is not a person', () => {
  it.each([
    [
      'conseillère d’Etat',
      'La conseillère d’Etat chargée des Finances, Monique Jeanneret, a présenté le budget. «Nous tiendrons les comptes», a-t-elle assuré.',
      'Nous tiendrons',
      'Monique Jeanneret',
    ],
    [
      'secrétaire d’État',
      'Le secrétaire d’État aux Transports, Hugo Marchetti, était à Lyon lundi. « La ligne rouvrira en mars », a-t-il annoncé.',
      'La ligne rouvrira',
      'Hugo Marchetti',
    ],
  ])('%s: the pronoun cue goes to the named holder', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker).toBe(speaker);
    expect(peopleOf(text, 'fr').some((n) => /^d[’']/.test(n))).toBe(false);
  });
});

describe('French news: a sentence opening on its source is about that source', () => {
  it.each([
    [
      'D’après X, … « … », a-t-elle expliqué',
      'Le député Paul Renaud: « Le projet est mûr. »\n\nD’après Chloé Berthoud, historienne à l’Université de Neuchâtel, le débat ne date pas d’hier. « On en parlait déjà en 1990 », a-t-elle expliqué.',
      'On en parlait',
      'Chloé Berthoud',
    ],
    [
      'Selon X, … « … », estime-t-elle',
      'Le maire Jacques Poulain a défendu le projet. « Il faut avancer. »\n\nSelon Odile Ferrand, chercheuse à l’Université de Caen, le calendrier est trop serré. « Personne ne tiendra ces délais », estime-t-elle.',
      'Personne ne tiendra',
      'Odile Ferrand',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker).toBe(speaker);
  });
});

describe('Lone quotes after a sentence about someone unnamed', () => {
  it.each([
    [
      'fr',
      'Le délégué Marc Aubert a pris la parole. « Nous ne céderons pas », a-t-il lancé.\n\nUne infirmière du service des urgences, qui préfère taire son nom, dit avoir pleuré en lisant le courrier. « Quinze ans de maison, et voilà. »',
      'Quinze ans',
    ],
    [
      'de',
      'Betriebsrat Jonas Keller sprach von einem Schock. »Das ist bitter«, sagte Keller.\n\nEine Kassiererin, die ihren Namen nicht nennen will, erzählt von schlaflosen Nächten. »Ich habe zwei Kinder und einen Kredit.«',
      'Ich habe zwei',
    ],
  ])('%s: the quote keeps no speaker', (lang, text, words) => {
    const q = quoteOf(text, words, lang);
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });
});

describe('The medium named between an inverted cue and its subject', () => {
  it.each([
    [
      'fr',
      'sur les ondes de',
      '« Ce budget est un leurre », a réagi sur les ondes de la RTS la conseillère nationale Anne Maillard.',
      'Ce budget',
      'Anne Maillard',
    ],
    [
      'fr',
      'au micro de',
      '« Nous rouvrirons lundi », a confié au micro de Radio Lac le directeur Julien Perrottet.',
      'Nous rouvrirons',
      'Julien Perrottet',
    ],
    [
      'de',
      'im Sender',
      '»Das Gesetz kommt zu spät«, sagte im Deutschlandfunk die Ministerin Petra Lauterbach.',
      'Das Gesetz',
      'Petra Lauterbach',
    ],
  ])('%s, %s: the station is not the speaker', (lang, _, text, words, speaker) => {
    expect(quoteOf(text, words, lang)?.speaker).toBe(speaker);
  });
});

describe('German news: numbers and Swiss and Austrian titles', () => {
  it.each([
    [
      'Zwölf Jahre',
      'Zwölf Jahre hat er im Hafen gearbeitet, dann kam die Kündigung. »Ich weiß nicht, wie es weitergeht.«',
      'Ich weiß nicht',
    ],
    [
      'Drei Wochen',
      'Drei Wochen lang hat sie auf Antwort gewartet. »Niemand hat sich gemeldet, nicht einmal die Bank.«',
      'Niemand hat sich',
    ],
  ])('%s opening a sentence names nobody who could speak', (_, text, words) => {
    const q = quoteOf(text, words, 'de');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });

  it.each([
    ['Landesrat', '»Wir prüfen alles«, sagte Landesrat Markus Wallner am Montag.', 'Wir prüfen', 'Markus Wallner'],
    [
      'Regierungsrätin',
      '«Der Kanton zahlt nicht», sagte Regierungsrätin Sonja Bühler in Aarau.',
      'Der Kanton',
      'Sonja Bühler',
    ],
    ['Landeshauptfrau', '»Das Land steht dazu«, betonte Landeshauptfrau Gerda Leitner.', 'Das Land', 'Gerda Leitner'],
  ])('%s is a title, not part of the name', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'de')?.speaker).toBe(speaker);
  });
});

describe('Colon lead-ins: a name, its apposition, then the verb', () => {
  it.each([
    [
      'de',
      'Der Verband Pro Natura fordert mehr Geld. Eva Hunziker, Biologin beim WWF, sieht das ähnlich: «Ohne Geld keine Auen.»',
      'Ohne Geld',
      'Eva Hunziker',
    ],
    [
      'fr',
      'Le syndicat Unia a appelé à la grève. Luc Favre, responsable chez Unia, ne mâche pas ses mots : « C’est un scandale. »',
      'C’est un scandale',
      'Luc Favre',
    ],
  ])('%s: the person named first speaks, not the employer', (lang, text, words, speaker) => {
    expect(quoteOf(text, words, lang)?.speaker).toBe(speaker);
  });
});

describe('A bare title between the last speaker and a pronoun cue', () => {
  it.each([
    [
      'la maire … promet-elle',
      '« Le chantier commence », annonce la maire, Hélène Guivarc’h. « Tout est prêt », prévient Yann Le Dantec. La séance est levée à 22 h. Ensuite, la maire a reçu les riverains. « Je reviendrai chaque semaine », promet-elle.',
      'Je reviendrai',
      'Hélène Guivarc’h',
    ],
    [
      'la ministre … assure-t-elle',
      '« Nous tiendrons », déclare la ministre de la Culture, Claire Besnard. « Rien n’est joué », répond Mathis Roux. Le ton monte. Puis la ministre quitte la salle. « Je ne reculerai pas », assure-t-elle.',
      'Je ne reculerai',
      'Claire Besnard',
    ],
  ])('%s: the pronoun goes to whom the text gave the title', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker).toBe(speaker);
  });
});

describe('A crosshead repeating words nobody was found to say', () => {
  it.each([
    [
      'fr',
      '« Le projet avance », a déclaré le préfet, Alain Mercier.\n\n« Tout le monde a peur »\n\nDans la rue des Lilas, les volets restent clos. « Tout le monde a peur ici, même les enfants, et personne ne vient nous voir. »',
      'Tout le monde a peur',
    ],
    [
      'de',
      '»Wir liegen im Plan«, sagte Bürgermeister Karl Huber.\n\n»Keiner hört uns zu«\n\nIn der Siedlung am Hang ist die Stimmung gedrückt. »Keiner hört uns zu, seit Monaten nicht, und die Miete steigt.«',
      'Keiner hört uns zu',
    ],
  ])('%s: it does not carry on the run before it', (lang, text, words) => {
    const quotes = detect(text, { lang }).quotes.filter((q) => q.text.startsWith(words));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.speaker).toBeNull();
  });
});

describe('German reported speech carried on before a lone quote', () => {
  it.each([
    [
      'an inverted cue closing the sentence before',
      'Bürgermeisterin Anja Krüger hat die Pläne verteidigt. Man habe sich zu lange auf einen einzigen Investor verlassen, sagt Krüger. »Jetzt wird gebaut.«',
      'Jetzt wird gebaut',
      'Anja Krüger',
    ],
    [
      '"so der Bürgermeister" closing the sentence before',
      '»Wir brauchen das Geld«, sagt Bürgermeister Jens Albers. Es gehe um Familien, die seit Jahren hier lebten. Die Kasse sei leer, so der Bürgermeister. »Ohne Hilfe schließen wir das Bad.«',
      'Ohne Hilfe',
      'Jens Albers',
    ],
    [
      'three subjunctive sentences after the cue',
      'Umweltministerin Katrin Lehmann (Grüne) wies die Kritik zurück. Das Gesetz sei abgestimmt, sagte die Grünen-Politikerin. Die Länder hätten zugestimmt. Niemand werde überrascht. »Wer das Gegenteil behauptet, hat den Text nicht gelesen.«',
      'Wer das Gegenteil',
      'Katrin Lehmann',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'de')?.speaker).toBe(speaker);
  });
});

describe('German lead-ins on a possessive', () => {
  it.each([
    [
      'Ihr Fazit after a woman',
      '»Die Zahlen sind schlecht«, sagt die Ökonomin Vera Lindner. Der Staat habe sich auf einen Kampf eingelassen, den er kaum gewinnen könne. Ihr Fazit: »Es wird ein hartes Jahr.«',
      'Es wird ein hartes',
      'Vera Lindner',
    ],
    [
      'Sein Urteil after a man',
      '»Das Spiel war schwach«, sagte Trainer Uwe Reimann. Die Abwehr hat gewackelt, der Sturm traf nicht. Sein Urteil: »So steigen wir ab.«',
      'So steigen wir',
      'Uwe Reimann',
    ],
    [
      'Ihr Fazit after a man names someone else',
      '»Das Spiel war schwach«, sagte Trainer Uwe Reimann. Die Abwehr habe gewackelt. Ihr Fazit: »So steigen wir ab.«',
      'So steigen wir',
      null,
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'de')?.speaker ?? null).toBe(speaker);
  });
});

describe('French news: a demonstrative description after an inverted cue', () => {
  it.each([
    [
      'cet ancien … after the man just named',
      'Sur le port, Hervé Le Bihan répare ses filets. « La pêche, c’est fini pour moi », raconte cet ancien patron de chalutier.',
      'La pêche',
      'Hervé Le Bihan',
    ],
    [
      'cette mère … after the woman just named',
      'Devant l’école, Sandrine Pichon attend sa fille. « On ne nous dit rien », soupire cette mère de deux enfants.',
      'On ne nous dit',
      'Sandrine Pichon',
    ],
    [
      'ce commerçant after a woman was called cette mère',
      'Devant l’école, Sandrine Pichon attend sa fille. « On ne nous dit rien », soupire cette mère de deux enfants. « Mes ventes ont chuté », lance ce commerçant.',
      'Mes ventes',
      null,
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words, 'fr')?.speaker ?? null).toBe(speaker);
  });
});

describe('German reported speech: short quotes woven into it are statements', () => {
  it.each([
    [
      'sei «…»',
      'Verkehrsminister Olaf Brenner verteidigte den Plan. Die Finanzierung sei «solide gerechnet», sagte Brenner.',
      'solide gerechnet',
      'Olaf Brenner',
    ],
    [
      'stehe «…» after the cue sentence',
      '»Wir bleiben dabei«, betonte Landrätin Ines Hofer am Montag. Ein Rückzug stehe »nicht zur Wahl«.',
      'nicht zur Wahl',
      'Ines Hofer',
    ],
    [
      'Swiss spelling: hiess es',
      'Die Gemeinde Altstätten prüft den Bau. Man sei «offen für Gespräche», hiess es aus dem Gemeindehaus.',
      'offen für Gespräche',
      null,
    ],
  ])('%s', (_, text, words, speaker) => {
    const q = quoteOf(text, words, 'de');
    expect(q?.kind).toBe('partial');
    expect(q?.speaker ?? null).toBe(speaker);
  });
});

describe('An institution named in full, then by its head noun', () => {
  it.each([
    [
      'fr',
      'selon la préfecture',
      'La préfecture du Morbihan a interdit la baignade mardi. Selon la préfecture, la mesure reste « temporaire et préventive ».',
      'temporaire',
      'préfecture du Morbihan',
    ],
    [
      'fr',
      'a précisé le ministère',
      'Le ministère de la Santé a publié ses chiffres lundi. « La vague est derrière nous », a précisé le ministère.',
      'La vague',
      'ministère de la Santé',
    ],
    [
      'fr',
      'la préfecture du Rhône is another one',
      'La préfecture du Morbihan a interdit la baignade. « La mesure reste en vigueur », selon la préfecture du Rhône.',
      'La mesure',
      'préfecture du Rhône',
    ],
  ])('%s, %s', (lang, _, text, words, speaker) => {
    expect(quoteOf(text, words, lang)?.speaker ?? null).toBe(speaker);
  });
});
