import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the first quote starting with `words` in `text` read in `lang`; undefined when no quote. */
function speakerOf(lang: string, text: string, words: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('Titles French, Italian and Portuguese copy uses in turn for one person', () => {
  it.each([
    [
      'pt',
      'o autarca for the named presidente da Câmara',
      'O presidente da Câmara Municipal de Évora, Joaquim Soares Lima, pediu uma solução. «Os moradores não podem esperar mais», disse o autarca.',
      'Os moradores',
      'Joaquim Soares Lima',
    ],
    [
      'pt',
      'o chefe do Governo for the named primeiro-ministro',
      'O primeiro-ministro, Duarte Vasconcelos Pinto, visitou ontem Aveiro. Segundo o chefe do Governo, o acordo «está muito perto».',
      'está muito perto',
      'Duarte Vasconcelos Pinto',
    ],
    [
      'pt',
      'o dirigente sindical for the named coordenador',
      'O coordenador da Federação dos Sindicatos da Educação, Henrique Matos Vieira, falou aos jornalistas. «A greve vai continuar», afirmou à Lusa o dirigente sindical.',
      'A greve vai',
      'Henrique Matos Vieira',
    ],
    [
      'pt',
      'a pesquisadora for the named epidemiologista',
      'Para a epidemiologista Carolina Prates Duarte, pesquisadora da USP, o plano é bom. “O vírus circula cedo este ano”, explica a pesquisadora.',
      'O vírus circula',
      'Carolina Prates Duarte',
    ],
    [
      'fr',
      'la chercheuse for the named économiste',
      'Pour Claire Duvernois, économiste à l’Université de Lille, le secteur est fragile. « Les commandes ne reviendront pas avant l’été », prévient la chercheuse.',
      'Les commandes',
      'Claire Duvernois',
    ],
    [
      'fr',
      'la syndicaliste for the named secrétaire générale of a union',
      '« Nous ne signerons rien », répond Marion Ferrand, la secrétaire générale du Syndicat des cheminots. « Rien n’a changé depuis juin », ajoute la syndicaliste.',
      'Rien n’a changé',
      'Marion Ferrand',
    ],
    [
      'fr',
      'la syndicaliste for a secrétaire générale whose body has an acronym in brackets',
      '« Rien n’a été négocié », résume Lucie Bernardin, la secrétaire générale de l’Union des cheminots (UDC), qui a quitté la table. La syndicaliste dit avoir appris la nouvelle « par la radio ».',
      'par la radio',
      'Lucie Bernardin',
    ],
    [
      'it',
      "l'allenatore for the named tecnico",
      'Marco Ferri, tecnico del Lumezzane, non cerca scuse. Secondo l’allenatore bresciano il gol era «in fuorigioco di un metro».',
      'in fuorigioco',
      'Marco Ferri',
    ],
  ])('%s: %s', (lang, _why, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });
});

describe('A seat of government speaks for the government it houses', () => {
  it.each([
    [
      'fr',
      'Le projet sera présenté mardi. Un texte « équilibré et attendu », selon Matignon, que les syndicats rejettent.',
      'équilibré',
      'Matignon',
    ],
    ['fr', 'La réponse a tardé. « Aucune décision n’est prise », indique l’Élysée.', 'Aucune décision', 'Élysée'],
    [
      'it',
      'Il decreto arriverà in settimana. Secondo Palazzo Chigi il testo è «pronto da giorni».',
      'pronto',
      'Palazzo Chigi',
    ],
    [
      'pt',
      'A proposta foi entregue ontem. Segundo o Planalto, o texto é «a melhor saída possível».',
      'a melhor saída',
      'Planalto',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(lang, text, words)).toBe(speaker);
  });

  it.each([
    ['fr', 'Le stade de Bercy était plein. « On reviendra », a promis un supporter.', 'On reviendra'],
    ['pt', 'O jogo no Planalto Central terminou tarde. «Foi duro», disse um adepto.', 'Foi duro'],
  ])('%s: no seat is read into %s', (lang, text, words) => {
    expect(speakerOf(lang, text, words) ?? null).toBeNull();
  });
});

describe('Portuguese speakers named under a long title, and the quotes that follow them', () => {
  it.each([
    [
      'a body of seven words between the title and the name',
      'Em declarações à Lusa, o coordenador da Federação dos Sindicatos dos Transportes Ferroviários, Rui Pestana, afirmou que a greve se mantém. «A proposta não serve», disse Rui Pestana. «Ninguém faz greve por gosto.»',
      'Ninguém faz greve',
      'Rui Pestana',
    ],
    [
      'a title named in apposition is not a holder named before',
      'O coordenador da Federação dos Transportes, Rui Pestana, afirmou que a greve se mantém. Para o líder parlamentar do PS, Duarte Rebelo, o executivo «perdeu meses» com o conflito.',
      'perdeu meses',
      'Duarte Rebelo',
    ],
    [
      'a quote with no cue goes on from the named speaker',
      'A autarca de Setúbal, Joana Prates Vieira, visitou a estação. «Os comboios têm de voltar», disse Joana Prates Vieira. «As famílias não podem esperar mais uma semana.»',
      'As famílias',
      'Joana Prates Vieira',
    ],
  ])('%s', (_why, text, words, speaker) => {
    expect(speakerOf('pt', text, words)).toBe(speaker);
  });
});

describe('A title the text never gave anyone names nobody', () => {
  // The person named just before may be the one the title stands for, or a player the coach then speaks about:
  // the text does not say, and a wrong card is worse than none.
  it.each([
    [
      'fr',
      'a player just named is not the coach',
      'Karim Benhadi a ouvert le score à la 12e minute. « On a bien commencé », reconnaissait l’entraîneur de Lannion.',
      'On a bien commencé',
    ],
    [
      'it',
      'a person named with no title',
      'Di tutt’altro umore Paolo Ferrante. «Abbiamo giocato male», ammette il tecnico del Sora.',
      'Abbiamo giocato male',
    ],
    [
      'fr',
      'a possessive title is someone else’s',
      'Karim Benhadi a marqué deux buts. Son entraîneur ne tarit pas d’éloges : « Karim travaille énormément. »',
      'Karim travaille',
    ],
    [
      'it',
      'a person who holds another title already',
      'Il sindaco Paolo Ferrante ha visitato lo stadio. «Una bella serata», ha detto l’allenatore.',
      'Una bella serata',
    ],
    [
      'pt',
      'a new paragraph',
      'O jogo acabou tarde e Bruno Farias saiu cedo.\n\n«Foi um jogo difícil», disse o treinador do clube.',
      'Foi um jogo',
    ],
  ])('%s: nobody for %s', (lang, _why, text, words) => {
    expect(speakerOf(lang, text, words) ?? null).toBeNull();
  });
});
