import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„“"\s]+/u, '').startsWith(words))?.speaker;
}

/** The names of the people listed for `text`, read as a page declared in `lang`. */
function peopleOf(text: string, lang: string): string[] {
  return detect(text, { lang }).people.map((p) => p.name);
}

describe('the outlet a speaker told is not part of their name', () => {
  it.each([
    ['fr', '« On n’a jamais vu ça », a déclaré au Courrier Jean Dupont, habitant de Brest.', 'On n', 'Jean Dupont'],
    ['fr', '« Tout est fini », a confié à Ouest-Matin Marie Kergoat.', 'Tout', 'Marie Kergoat'],
    ['fr', '« On n’a jamais vu ça », a déclaré à l’AFP Maïwenn Le Goff.', 'On n', 'Maïwenn Le Goff'],
    ['es', '“Nunca vimos algo así”, dijo a El Heraldo Juan Pérez.', 'Nunca', 'Juan Pérez'],
    ['it', '«Non ci hanno avvisato», ha detto al Giornale Marco Rossi.', 'Non ci', 'Marco Rossi'],
    [
      'es',
      'La reunión fue larga. “No habrá recortes”, ha explicado a EFE el portavoz de la Policía, Juan López.',
      'No habrá',
      'Juan López',
    ],
    [
      'de',
      'Max Müller ist Sprecher. „Wir tun alles“, sagte Müller der Deutschen Presse-Agentur.',
      'Wir tun',
      'Max Müller',
    ],
    ['cs', 'Jan Novák byl u toho. „Nikdy jsme nic takového neviděli,“ řekl pro Deník Jan Novák.', 'Nikdy', 'Jan Novák'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});

describe('Portuguese: the medium told is not the speaker', () => {
  it.each([
    [
      'Em declarações ao Jornal de Leiria, o presidente da junta, Abílio Tavares, acusou a câmara de «abandonar a freguesia».',
      'abandonar',
      'Abílio Tavares',
    ],
    [
      'Em entrevista à Rádio Renascença, a bastonária, Clara Fontes, garantiu que a ordem «não vai desistir».',
      'não vai',
      'Clara Fontes',
    ],
    [
      'Em declarações à Lusa, o dirigente sindical Vasco Ribeiro admitiu que a greve «pode ser suspensa».',
      'pode ser',
      'Vasco Ribeiro',
    ],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });

  it.each([
    [
      'Rita Gameiro abriu a loja em 2019.\n\n«Nunca vi tanta gente na rua», explicou ao Diário de Coimbra.',
      'Nunca',
      'Rita Gameiro',
    ],
    [
      'Paulo Seixas chegou cedo ao mercado.\n\n«Está tudo mais caro», disse ao Correio da Manhã.',
      'Está tudo',
      'Paulo Seixas',
    ],
    ['Marta Lobo votou contra o orçamento. «Isto não é sério», afirmou ao Expresso.', 'Isto', 'Marta Lobo'],
  ])('%s: the speaker just named goes on', (text, words, speaker) => {
    expect(speakerOf(text, words, 'pt-PT')).toBe(speaker);
  });

  it.each([
    [
      'Em declarações ao Jornal de Leiria, o presidente da junta, Abílio Tavares, acusou a câmara de «abandonar a freguesia».',
      'Jornal de Leiria',
    ],
    [
      'Em entrevista à Rádio Renascença, a bastonária, Clara Fontes, garantiu que a ordem «não vai desistir».',
      'Rádio Renascença',
    ],
  ])('%s: no person of the outlet', (text, outlet) => {
    expect(peopleOf(text, 'pt-PT')).not.toContain(outlet);
  });
});

describe('Portuguese and Czech: the kind of medium before its name', () => {
  it.each([
    [
      'pt-PT',
      '«A situação é grave», disse à agência Lusa o bastonário da Ordem dos Médicos, Carlos Neto.',
      'A situação',
      'Carlos Neto',
    ],
    ['pt-PT', '«Não há dinheiro», afirmou ao jornal Público a presidente da câmara, Inês Vaz.', 'Não há', 'Inês Vaz'],
    ['cs', 'Policejní mluvčí Jana Malá serveru Zprávy Dnes sdělila, že „nikdo nebyl zraněn“.', 'nikdo', 'Jana Malá'],
    ['cs', '„Situace je vážná,“ řekla Seznam Zprávám ministryně vnitra Alena Krejčí.', 'Situace', 'Alena Krejčí'],
    ['cs', '„Nic jsme nepodcenili,“ řekl Lidovým novinám ředitel nemocnice Pavel Hora.', 'Nic', 'Pavel Hora'],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });

  it.each([
    ['pt-PT', '«A situação é grave», disse à agência Lusa o bastonário da Ordem dos Médicos, Carlos Neto.', 'Lusa'],
    ['cs', 'Policejní mluvčí Jana Malá serveru Zprávy Dnes sdělila, že „nikdo nebyl zraněn“.', 'Zprávy Dnes'],
    ['cs', '„Situace je vážná,“ řekla Seznam Zprávám ministryně vnitra Alena Krejčí.', 'Seznam Zprávám'],
  ])('%s: %s: the medium is nobody', (lang, text, medium) => {
    expect(peopleOf(text, lang)).not.toContain(medium);
  });
});

describe('Czech: whom the speaker told, in the bare dative, is not the speaker', () => {
  it.each([
    ['Ředitel nemocnice Karel Šír odmítl kritiku. „Lékařů máme dost,“ řekl ČTK Šír.', 'Lékařů', 'Karel Šír'],
    [
      'Hejtmanka Jana Mračková Vildumetzová přijela. „Most postavíme,“ řekla novinářům.',
      'Most',
      'Jana Mračková Vildumetzová',
    ],
    ['Senátor Tomáš Czernin zákon kritizuje. „Je to chyba,“ řekl Radiožurnálu.', 'Je to', 'Tomáš Czernin'],
    ['Starosta Michal Kučera si stěžuje. „Nikdo nám nepomohl,“ řekl Deníku.', 'Nikdo', 'Michal Kučera'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words, 'cs')).toBe(speaker);
  });

  it.each([
    ['Hasiči zasahovali do rána. „Bylo to náročné,“ řekl ČTK jeden z velitelů zásahu.', 'Bylo'],
    [
      'Ministr Jan Dvořák mlčí. „Ministr o tom věděl,“ řekl Deníku člen jeho týmu, který nechtěl být jmenován.',
      'Ministr',
    ],
  ])('%s: nobody named', (text, words) => {
    expect(speakerOf(text, words, 'cs') ?? null).toBeNull();
  });

  it('lists no agency told as a person', () => {
    expect(peopleOf('„Oprava potrvá do jara,“ řekl ČTK ředitel správy silnic Vladimír Kuba.', 'cs')).not.toContain(
      'ČTK',
    );
    expect(peopleOf('Senátor Tomáš Czernin zákon kritizuje. „Je to chyba,“ řekl Radiožurnálu.', 'cs')).not.toContain(
      'Radiožurnálu',
    );
  });
});
