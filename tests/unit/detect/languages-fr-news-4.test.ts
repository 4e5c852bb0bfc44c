import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quotes of `text` read as French. */
function quotesOf(text: string) {
  return detect(text, { lang: 'fr' }).quotes;
}

/** The quote starting with `words` in `text`. */
function quoteOf(text: string, words: string) {
  return quotesOf(text).find((x) => x.text.startsWith(words));
}

describe('French news: an incise inside the guillemets cuts the quotation in two', () => {
  it.each([
    [
      'a-t-elle insisté',
      'La rectrice Hélène Corbin a reçu les syndicats lundi. « Aucun élève ne sera laissé sans solution, a-t-elle insisté. Nous ouvrirons des classes là où il le faudra. »',
      'Aucun élève ne sera laissé sans solution',
      'Nous ouvrirons des classes là où il le faudra.',
      'Hélène Corbin',
    ],
    [
      'soupire-t-elle',
      'Infirmière depuis vingt ans, Agnès Morvan travaille de nuit à Brest. « On ne quitte pas le service par plaisir, soupire-t-elle. Chaque départ pèse sur celles qui restent. »',
      'On ne quitte pas le service par plaisir',
      'Chaque départ pèse sur celles qui restent.',
      'Agnès Morvan',
    ],
    [
      'poursuit-il',
      'Le maire de Vierzon, Olivier Lenain, a reçu les parents mardi. « Nous avons trouvé des locaux provisoires, poursuit-il. La rentrée aura lieu comme prévu. »',
      'Nous avons trouvé des locaux provisoires',
      'La rentrée aura lieu comme prévu.',
      'Olivier Lenain',
    ],
    [
      'a-t-il affirmé en entrevue au Devoir',
      'Le maire de Lévis, Gilles Bouchard, défend son budget. «Nous avons gelé les embauches, a-t-il affirmé en entrevue au Devoir. Personne ne peut dire que nous avons gaspillé.»',
      'Nous avons gelé les embauches',
      'Personne ne peut dire que nous avons gaspillé.',
      'Gilles Bouchard',
    ],
    [
      'a expliqué + name',
      'Les agriculteurs ont bloqué le périphérique. « Nous ne demandons pas la charité, a expliqué Julien Garnier, éleveur dans la Sarthe. Nous demandons un prix juste. »',
      'Nous ne demandons pas la charité',
      'Nous demandons un prix juste.',
      'Julien Garnier',
    ],
    [
      'a title, then the name after a comma',
      'Le plan a été présenté lundi. « Il faut agir vite, estime le directeur de l’ARS, Paul Martin. Sinon l’été sera difficile. »',
      'Il faut agir vite',
      'Sinon l’été sera difficile.',
      'Paul Martin',
    ],
    [
      'curly marks on a Belgian site',
      'Le bourgmestre de Namur, Paul Girard, a reçu les parents. “Nous avons trouvé des locaux provisoires, poursuit-il. La rentrée aura lieu comme prévu.”',
      'Nous avons trouvé des locaux provisoires',
      'La rentrée aura lieu comme prévu.',
      'Paul Girard',
    ],
    [
      'an incise set inside a sentence',
      'La présidente de région, Sophie Lamarque, a présenté le plan. « Ce budget, assure-t-elle, protège les lycées les plus fragiles. »',
      'Ce budget',
      'protège les lycées les plus fragiles.',
      'Sophie Lamarque',
    ],
  ])('%s: both parts are the incise subject’s', (_, text, first, second, speaker) => {
    const qs = quotesOf(text);
    const a = qs.find((q) => q.text.startsWith(first));
    const b = qs.find((q) => q.text.startsWith(second));
    expect(a?.text).not.toContain(second);
    expect(a?.speaker).toBe(speaker);
    expect(b?.speaker).toBe(speaker);
  });

  it.each([
    ['a list after a comma', '« Nous voulons des postes, des moyens, du temps. Voilà tout. »'],
    ['a verb that reports nothing', '« Ils ont fermé la classe, laissent les enfants sans maître. Voilà tout. »'],
    ['an English page', '“We will not go back, she said. Not now.”'],
    ['the speaker’s own clause', '« Le gouvernement ment, dénonce les syndicats et ignore la rue. Voilà tout. »'],
  ])('%s: the quotation stays whole', (_, text) => {
    expect(quotesOf(text)).toHaveLength(1);
  });
});

describe('French news: a pronoun cue goes to the subject of the sentence just before', () => {
  it.each([
    [
      'député + département + name',
      'Le syndicaliste Marc Aubry avait ouvert la séance.\n\nLe député socialiste de la Haute-Garonne Julien Castagné a demandé un moratoire. « Qui paiera la facture ? », a-t-il lancé.',
      'Qui paiera la facture',
      'Julien Castagné',
    ],
    [
      'sénatrice + département + name',
      'Le préfet Denis Auclair a défendu le projet.\n\nLa sénatrice écologiste de la Gironde Élise Marrot a réclamé une étude. « Personne n’a lu ce rapport », a-t-elle lancé.',
      'Personne n’a lu',
      'Élise Marrot',
    ],
    [
      'sénateur + party acronym + département + name',
      'Le syndicaliste Marc Aubry avait ouvert la séance. « Nous ne lâcherons rien », a-t-il prévenu.\n\nLe sénateur LR du Var Jean-Marc Dumas a réclamé un report. « Qui peut croire à ce calendrier ? », a-t-il lancé.',
      'Qui peut croire',
      'Jean-Marc Dumas',
    ],
    [
      'conseiller de district, then "Il a demandé"',
      'M. Gosselin a voté contre. « Nous gaspillons l’argent des contribuables », a-t-il dit.\n\nLe conseiller du district de Fleurimont, Patrick Dionne, a créé la surprise. Il a demandé un report. « Pourquoi construire une piscine olympique maintenant ? », a-t-il demandé à ses collègues.',
      'Pourquoi construire',
      'Patrick Dionne',
    ],
    [
      'a title with a determiner: "Sa collègue X"',
      'Sandrine Pelletier est déléguée. « On tiendra », a-t-elle insisté.\n\nSa collègue Martine Royer a longtemps hésité avant de débrayer. « Je n’ai pas le choix », soupire-t-elle.',
      'Je n’ai pas le choix',
      'Martine Royer',
    ],
    [
      '"la sociologue Camille X" then "il" for a thing',
      'Claire Morand a défendu son texte. « Personne ne sera perdant », a-t-elle assuré.\n\nPour la sociologue Camille Ferrand, ce conflit dit quelque chose d’un métier : il s’exerce seul. « Ces femmes roulent beaucoup », explique-t-elle.',
      'Ces femmes roulent',
      'Camille Ferrand',
    ],
    [
      'Québec: "la mairesse"',
      'La mairesse Évelyne Caron a présenté le budget. Son attachée de presse a précisé que le programme « demeure ouvert ».\n\nLa mairesse, elle, dit ne pas s’inquiéter. Interrogée sur la défection, elle a répondu qu’elle respectait « la liberté de chaque élu ».',
      'la liberté de chaque élu',
      'Évelyne Caron',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a woman named only as "une bénéficiaire de 87 ans"',
      'La ministre Claire Morand a promis une enveloppe. « Personne ne sera perdant », a-t-elle assuré.\n\nÀ Bellac, une bénéficiaire de 87 ans est venue soutenir les grévistes. Elle n’a pas voulu donner son nom. « Sans elles, je serais en maison de retraite », glisse-t-elle.',
      'Sans elles',
    ],
    [
      'an unnamed "une retraitée"',
      'La maire Anne Colin a reçu les riverains. « Nous trouverons une solution », a-t-elle promis.\n\nUne retraitée du quartier écoute en silence. « On nous a déjà fait le coup », lâche-t-elle.',
      'On nous a déjà',
    ],
  ])('%s: the pronoun stands for nobody named', (_, text, words) => {
    expect(quoteOf(text, words)?.speaker).toBeNull();
  });
});

describe('French news: a run never passes over a nearer named subject', () => {
  it.each([
    [
      'a parent with an apposition',
      'La Fédération des parents a publié un communiqué. « La réforme est mal préparée. » Les rectorats ont été saisis. Les syndicats attendent.\n\nKarim Benali, père de deux enfants scolarisés, partage les inquiétudes des enseignants. « Mon fils n’a plus de professeur de maths depuis octobre. »',
      'Mon fils',
      'Karim Benali',
    ],
    [
      'a resident after a councillor',
      'Le conseiller Paul Mercier a défendu le projet. « Le tracé est le bon », a-t-il dit. La séance a duré trois heures.\n\nRéjean Fortier, propriétaire d’un triplex, a pris la parole. « Mes locataires ne suivront pas. »',
      'Mes locataires',
      'Réjean Fortier',
    ],
    [
      'a fronted apposition before the subject',
      'Le maire Paul Girard a défendu le projet. « Nous tiendrons les délais », a-t-il affirmé.\n\nInfirmière à domicile depuis vingt ans, Sylvie Marchand, elle, n’y croit plus. « On nous promet ça tous les ans. »',
      'On nous promet',
      'Sylvie Marchand',
    ],
    [
      'an age and a family in apposition',
      'Le préfet Denis Auclair a défendu le plan. « Tout est prêt », a-t-il dit.\n\nMarie Lenoir, 45 ans, mère de trois enfants, a rejoint le cortège. « Je n’ai jamais manifesté de ma vie. »',
      'Je n’ai jamais',
      'Marie Lenoir',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a title whose name is not read',
      'Le syndicaliste Marc Aubry a ouvert la séance. « Nous ne lâcherons rien sur ce dossier », a-t-il prévenu.\n\nLe député Renaissance de la Marne Thomas Girard a demandé un moratoire. « Pourquoi tant de précipitation ? », a-t-il lancé.',
      'Pourquoi tant',
    ],
    [
      'an unnamed minister',
      'Le syndicaliste Marc Aubry a ouvert la séance. « Nous ne lâcherons rien », a-t-il prévenu. La ministre a quitté la salle peu après. « Je reviendrai demain. »',
      'Je reviendrai',
    ],
  ])('%s: a sentence opening on another title stops the run', (_, text, words) => {
    expect(quoteOf(text, words)?.speaker ?? null).not.toBe('Marc Aubry');
  });

  it('a title the speaker holds carries the run on', () => {
    const text =
      'Le ministre Marc Aubry a ouvert la séance. « Nous ne lâcherons rien sur ce dossier », a-t-il prévenu. Le ministre a ensuite quitté la salle. « Je reviendrai demain. »';
    expect(quoteOf(text, 'Je reviendrai')?.speaker).toBe('Marc Aubry');
  });

  it('a sentence about someone else stops the run even with no quote of theirs', () => {
    const text =
      'Le maire Paul Mercier a défendu le projet. « Le tracé est le bon », a-t-il dit.\n\nLe conseiller du district de Lennoxville, Patrick Dionne, a voté contre. Le vote a eu lieu à minuit. « Nous reviendrons là-dessus. »';
    expect(quoteOf(text, 'Nous reviendrons')?.speaker).not.toBe('Paul Mercier');
  });
});

describe('French news: "on" names nobody, a fronted place is no speaker', () => {
  it.each([
    [
      'À Matignon, on assure',
      'Le Premier ministre Luc Ravel était à Lyon. À Matignon, on assure que le calendrier « n’est pas négociable ».',
      'n’est pas négociable',
    ],
    [
      'Dans son entourage, on reconnaît',
      'La ministre Claire Morand a défendu le texte. Dans son entourage, on reconnaît « un problème de méthode ».',
      'un problème de méthode',
    ],
    [
      'À l’hôtel de ville, on fait valoir',
      'La mairesse Évelyne Caron a présenté le budget. À l’hôtel de ville, on fait valoir que le projet « ne pèse pas sur le budget ».',
      'ne pèse pas',
    ],
    [
      'Chez les employeurs, on dénonce',
      'Le Medef a publié ses chiffres. Chez les employeurs, on dénonce une mesure « inapplicable en l’état ».',
      'inapplicable',
    ],
    ['Au Quai d’Orsay, on redoute', 'Au Quai d’Orsay, on redoute « une escalade » dans la région.', 'une escalade'],
    [
      'Place Beauvau, on se veut rassurant',
      'Le ministre de l’Intérieur, Gérald Lambert, était à Marseille. Place Beauvau, on se veut rassurant : la réforme « sera appliquée dès janvier ».',
      'sera appliquée',
    ],
    [
      'Côté LR, on fustige',
      'La présidente du Sénat, Anne Rivière, a reçu les élus. Côté LR, on fustige « une mascarade ».',
      'une mascarade',
    ],
  ])('%s', (_, text, words) => {
    expect(quoteOf(text, words)?.speaker ?? null).toBeNull();
  });

  it('a parenthesis "on le sait" leaves the subject around it', () => {
    const text = 'Paul Girard, on le sait, a toujours déclaré que cette réforme « ne passera pas sans un vrai débat ».';
    expect(quoteOf(text, 'ne passera pas')?.speaker).toBe('Paul Girard');
  });

  it('a named subject after a relative "dont on" still speaks', () => {
    const text = 'Luc Ravel, dont on connaît la prudence, a déclaré que le texte était « prêt ».';
    expect(quoteOf(text, 'prêt')?.speaker).toBe('Luc Ravel');
  });
});

describe('French news: a participle clause reports the main clause’s subject', () => {
  it.each([
    [
      'estimant que',
      'Le maire de Rennes, Yann Le Goff, a apporté son soutien aux grévistes, estimant que la réforme « ne tient pas compte du terrain ».',
      'ne tient pas compte',
      'Yann Le Goff',
    ],
    [
      'jugeant que',
      'Sophie Lamarque a voté contre le budget mardi, jugeant que la hausse « frappe d’abord les locataires ».',
      'frappe d’abord',
      'Sophie Lamarque',
    ],
    [
      'an acronym after the body: rappelant que',
      'L’Union des entreprises du bâtiment (UEB) juge le texte trop lent, rappelant dans un communiqué que « neuf chantiers sur dix sont en retard ».',
      'neuf chantiers',
      'UEB',
    ],
  ])('%s', (_, text, words, speaker) => {
    expect(quoteOf(text, words)?.speaker).toBe(speaker);
  });

  it.each([
    [
      'a body we do not name, a town in its name',
      'Le chef de Sherbrooke Citoyen, Marc Gosselin, a voté contre. « Nous gaspillons », a-t-il dit. La Chambre de commerce de Sherbrooke a dénoncé la hausse, jugeant qu’elle « envoie un mauvais signal ».',
      'envoie un mauvais signal',
    ],
  ])('%s: nobody rather than a name met in the clause', (_, text, words) => {
    expect(quoteOf(text, words)?.speaker ?? null).toBeNull();
  });
});

describe('French news: reporting verbs of Québec and Swiss copy', () => {
  it.each([
    ['a-t-elle renchéri'],
    ['a-t-elle convenu'],
    ['a-t-elle soulevé'],
    ['a-t-elle évoqué'],
    ['a-t-elle illustré'],
    ['a-t-elle fait remarquer'],
    ['a-t-elle enchaîné'],
  ])('« … », %s', (cue) => {
    const text = `La mairesse Anne Colin a présenté le budget. « Nous avons fait des choix difficiles cette année », ${cue}.`;
    expect(quoteOf(text, 'Nous avons fait')?.speaker).toBe('Anne Colin');
  });
});
