import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quote starting with `words` in `text`, read as a French page. */
function quoteOf(text: string, words: string) {
  return detect(text, { lang: 'fr' }).quotes.find((x) => x.text.startsWith(words));
}

const CAST =
  'La maire de Nantes, Sophie Garnier, a reçu lundi le président du conseil départemental, Luc Perrin, et le directeur du port, Marc Delattre.';

describe('French news: quotes nested in guillemets', () => {
  it.each([
    [
      'a phrase in “ ” inside « »',
      `${CAST} « Ceux qui crient au “grand remplacement” n’ont rien compris », a déclaré Sophie Garnier.`,
      'Ceux qui crient',
      'grand remplacement',
    ],
    [
      'words put in another mouth',
      `${CAST} Luc Perrin a répondu : « On me dit “attendez l’été”, mais l’été est passé. »`,
      'On me dit',
      'attendez',
    ],
  ])('%s stays inside the outer quote', (_, text, outer, inner) => {
    const q = quoteOf(text, outer);
    expect(q?.text).toContain(inner);
    expect(q?.speaker).not.toBeNull();
  });
});

describe('French news: sources nobody names', () => {
  it.each([
    ['selon son entourage', `${CAST} Selon son entourage, la maire « ne cédera pas » sur le tramway.`, 'ne cédera'],
    [
      'selon ses proches',
      `${CAST} Luc Perrin est parti tôt. Le dossier est « enterré », selon ses proches.`,
      'enterré',
    ],
    [
      'a lead-in whose subject is a title nobody is named for',
      `${CAST} Luc Perrin a quitté la salle. Son adjoint ne cache pas sa colère : « C’est une trahison. »`,
      'C’est une',
    ],
    [
      'a lead-in whose subject is a title after an opening phrase',
      `${CAST} Avant de partir, le préfet a rencontré les élus : « Nous tiendrons les délais. »`,
      'Nous tiendrons',
    ],
    [
      'a lead-in that names only whom the speaker works for',
      `${CAST} Un militant de l’association de Marc Delattre ne décolère pas : « Personne ne nous écoute. »`,
      'Personne',
    ],
  ])('%s gives no speaker', (_, text, words) => {
    const q = quoteOf(text, words);
    expect(q).toBeDefined();
    expect(q?.speaker).toBeNull();
  });
});

describe('French news: who a lead-in or a title names', () => {
  it.each([
    [
      'a lead-in past the body the speaker belongs to',
      `${CAST} Nadia Benali, porte-parole de la CGT du port, ne décolère pas : « Nous irons jusqu’au bout. »`,
      'Nous irons',
      'Nadia Benali',
    ],
    [
      'a lead-in past the station she spoke to',
      `${CAST} Au micro de France Bleu, Sophie Garnier ne cache pas son agacement : « Le calendrier n’est pas tenable. »`,
      'Le calendrier',
      'Sophie Garnier',
    ],
    [
      'a lead-in closing the paragraph before the quote',
      `${CAST} Marc Delattre, directeur du port de Nantes, reste optimiste :\n\n« Les volumes remonteront dès le printemps. »`,
      'Les volumes',
      'Marc Delattre',
    ],
    [
      'a possessive title with a name in apposition',
      `${CAST} « Le trafic a baissé de 12 % », précise son directeur adjoint, Paul Hamelin.`,
      'Le trafic',
      'Paul Hamelin',
    ],
    [
      'selon with a possessive and a name in apposition',
      `${CAST} Le projet est « abandonné », selon son porte-parole, Claire Roussel.`,
      'abandonné',
      'Claire Roussel',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });
});

describe('French news: verbs of features and sports copy', () => {
  it.each([
    ['the imperfect', `${CAST} « Le budget est bouclé », confiait Luc Perrin à la sortie.`, 'Le budget', 'Luc Perrin'],
    [
      'an irregular imperfect',
      `${CAST} « Nous avons perdu du temps », reconnaissait Marc Delattre en fin de soirée.`,
      'Nous avons',
      'Marc Delattre',
    ],
    [
      'lâche-t-il after a sentence naming him',
      `${CAST} Luc Perrin ne décolère pas. « C’est du mépris », lâche-t-il.`,
      'C’est du',
      'Luc Perrin',
    ],
    [
      'promettait-elle',
      `${CAST} Sophie Garnier a visité le chantier. « Il sera livré en mai », promettait-elle.`,
      'Il sera',
      'Sophie Garnier',
    ],
    [
      'a verb of manner with an elided reflexive',
      `${CAST} « Je connais la chanson », s’amuse Sophie Garnier.`,
      'Je connais',
      'Sophie Garnier',
    ],
    ['sourit X', `${CAST} « On verra bien », sourit Marc Delattre.`, 'On verra', 'Marc Delattre'],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });
});

describe('French news: a pronoun after a sentence about a title', () => {
  const HOSPITAL = `${CAST} La directrice de l’hôpital, Anne Vidal, a parlé la première. « Nous manquons de lits », a-t-elle dit.`;
  it.each([
    [
      'the title someone named holds',
      `${HOSPITAL} La maire a ensuite pris la parole. « La ville paiera sa part », a-t-elle promis.`,
      'La ville',
      'Sophie Garnier',
    ],
    [
      'a title nobody named holds',
      `${HOSPITAL} La préfète a ensuite pris la parole. « L’État sera là », a-t-elle promis.`,
      'L’État',
      null,
    ],
  ])('%s', (_, text, words, speaker) => {
    const q = quoteOf(text, words);
    expect(q).toBeDefined();
    expect(q?.speaker ?? null).toBe(speaker);
  });
});

describe('French news: roles in apposition', () => {
  it.each([
    [
      'a title "de" a place before the name',
      'La maire de Nantes, Sophie Garnier, a reçu les syndicats.',
      'Sophie Garnier',
      'maire de Nantes',
    ],
    [
      'a title "de" a body before the name',
      'Le directeur du port, Marc Delattre, a visité le chantier lundi.',
      'Marc Delattre',
      'directeur du port',
    ],
  ])('%s', (_, text, name, role) => {
    const person = detect(text, { lang: 'fr' }).people.find((p) => p.name === name);
    expect(person?.role).toContain(role);
  });

  it('does not take the verb after the name for a role', () => {
    const text = 'Sophie Garnier, a reçu lundi le président du port et ses adjoints.';
    const role = detect(text, { lang: 'fr' }).people.find((p) => p.name === 'Sophie Garnier')?.role ?? '';
    expect(role).not.toContain('reçu');
  });
});

describe('French news: selon with a stressed pronoun', () => {
  it.each([
    [
      'selon lui before the fragment',
      `${CAST} Luc Perrin a quitté la réunion. Selon lui, le projet est « mort-né ».`,
      'mort-né',
      'Luc Perrin',
    ],
    [
      'selon lui after the fragment',
      `${CAST} Marc Delattre a présenté les comptes. Le chantier a coûté « bien trop cher », selon lui.`,
      'bien trop',
      'Marc Delattre',
    ],
    [
      'selon elle',
      `${CAST} Sophie Garnier a répondu aux élus. Selon elle, la rue restera « fermée jusqu’en mai ».`,
      'fermée',
      'Sophie Garnier',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });
});

describe('French news: a sentence opening on whose view it gives', () => {
  it.each([
    [
      'pour with a title and a name',
      `${CAST} Pour l’urbaniste Anne Vidal, le tracé reste « flou, voire risqué ».`,
      'flou',
      'Anne Vidal',
    ],
    ['pour with a name', `${CAST} Pour Luc Perrin, le budget est « hors de contrôle ».`, 'hors de', 'Luc Perrin'],
  ])('%s', (_, text, words, speaker) => {
    const q = quoteOf(text, words);
    expect(q?.kind).toBe('partial');
    expect(q?.speaker).toBe(speaker);
  });

  it('reads "Pour cela," as no source', () => {
    const q = quoteOf(`${CAST} Pour cela, il faudra un « plan B ».`, 'plan B');
    expect(q?.kind).toBe('term');
  });
});

describe('French news: later references by title', () => {
  const DEPUTY = `${CAST} « Le tramway arrivera trop tard », regrette Nadia Benali, députée écologiste de Loire-Atlantique.`;
  it.each([
    [
      'l’élue for a députée',
      `${DEPUTY} L’élue, qui siège au conseil depuis 2014, juge le calendrier « irréaliste ».`,
      'irréaliste',
      'Nadia Benali',
    ],
    [
      'Avant d’ajouter : the speaker goes on',
      `${DEPUTY} Avant d’ajouter, amère : « Nous l’avions dit dès 2020. »`,
      'Nous l’avions',
      'Nadia Benali',
    ],
    [
      'Et de conclure : the speaker goes on',
      `${DEPUTY} Et de conclure : « Il faudra des comptes. »`,
      'Il faudra',
      'Nadia Benali',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it('does not read "Et de nombreux habitants …:" as the speaker going on', () => {
    const text = `${CAST} « Le tramway arrivera trop tard », regrette Nadia Benali. Et de nombreux habitants ont témoigné : « Nous attendons depuis dix ans. »`;
    expect(quoteOf(text, 'Nous attendons')?.speaker ?? null).not.toBe('Nadia Benali');
  });

  it('gives the words of a club’s coach neither to another coach nor to the club', () => {
    const text =
      'L’entraîneur Franck Morvan a salué ses joueurs. « Quelle deuxième mi-temps », a-t-il dit. Côté visiteurs, Paul Hénaff faisait grise mine. « Nous avons manqué de tout », reconnaissait l’entraîneur de Vannes Atlantique.';
    const speaker = quoteOf(text, 'Nous avons')?.speaker ?? null;
    expect([speaker === 'Franck Morvan', speaker === 'Vannes Atlantique']).toEqual([false, false]);
  });
});

describe('French news: a paper’s name in guillemets', () => {
  it.each([
    ['a daily', `${CAST} Elle a reçu « Le Journal de Nantes » vendredi.`, 'Le Journal', 'term'],
    ['an elided weekly', `${CAST} Elle a écrit à « L’Hebdomadaire breton » lundi.`, 'L’Hebdomadaire', 'term'],
    [
      'a sentence that starts like one',
      `${CAST} Elle a lancé : « Le Journal du matin ment. »`,
      'Le Journal du matin',
      'direct',
    ],
  ])('%s', (_, text, words, kind) => {
    expect(quoteOf(text, words)?.kind).toBe(kind);
  });
});
