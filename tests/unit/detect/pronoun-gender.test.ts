import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import type { PeopleIndex } from '@/lib/detect/people/people-index';
import { genderBars, namedLongAgo } from '@/lib/detect/referents/pronoun-gender';
import { titleFormGender } from '@/lib/detect/referents/title-gender';
import { useLanguage } from '@/lib/detect/text/language';

/** Speaker of the quote whose text starts with `words`, reading `text` as a page declared in `lang`. */
function speakerOf(text: string, words: string, lang: string): string | null | undefined {
  return detect(text, { lang }).quotes.find((x) => x.text.replace(/^[«„»“"\s]+/u, '').startsWith(words))?.speaker;
}

describe('a title beside a name tells its bearer’s gender', () => {
  it.each([
    [
      'fr',
      'Le Premier ministre, Jan Peeters, a reçu les syndicats. « La porte reste ouverte », a-t-il assuré.\n\n« Nous ne lâcherons rien », a-t-elle lancé ensuite.',
      'Nous ne',
      'Jan Peeters',
    ],
    [
      'de',
      'Regierungsrätin Kim Albrecht hat den Plan verteidigt. „Wir halten Kurs“, sagte Albrecht.\n\n„Das ist ein Fehler“, sagte er danach.',
      'Das ist',
      'Kim Albrecht',
    ],
    [
      'fr',
      'Dominique Lavaud, chercheuse à l’université de Rennes, suit le dossier. « Personne ne l’avait prévu », dit Lavaud.\n\nLe maire a promis une enquête. « C’est un tournant », a-t-il ajouté.',
      'C’est',
      'Dominique Lavaud',
    ],
  ])('%s: %s', (lang, text, words, notSpeaker) => {
    expect(speakerOf(text, words, lang)).not.toBe(notSpeaker);
  });

  it.each([
    [
      'it',
      'Il candidato Andrea Basile ha parlato ai cronisti. «Sono pronto», ha detto Basile.\n\n«Signor Basile, lei non ha risposto», ha replicato la giornalista.\n\n«Rispondo domani», ha aggiunto lui.',
      'Rispondo',
      'Andrea Basile',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang)).toBe(speaker);
  });
});

describe('a he or she does not reach a person of unknown gender over one of its own', () => {
  it.each([
    [
      'en',
      'Robin Hale, the county clerk, said turnout was "higher than any year since 2008."\n\nThe count was delayed by a jammed scanner.\n\nVolunteers stayed past midnight, and the results go to the state board on Friday.\n\n"It was a long night," said Mr. Tom Baker, a poll worker.\n\n"We checked every box twice," she said.',
      'We checked',
      null,
    ],
    [
      'en',
      'The county clerk, Robin Hale, oversaw the count.\n\nTurnout was the highest since 2008.\n\nAnn Ruiz, a poll worker, said the scanners "jammed twice."\n\n"We checked every box twice," Hale said. "Nobody cut corners," she added.',
      'Nobody',
      'Robin Hale',
    ],
  ])('%s: %s', (lang, text, words, speaker) => {
    expect(speakerOf(text, words, lang) ?? null).toBe(speaker);
  });
});

/** A people index of persons (name, gender, mention offsets in `text`). */
function index(people: [string, 'm' | 'f' | null, number[]][]): PeopleIndex {
  const entities = people.map(([name, gender, at], id) => ({
    id,
    kind: 'person' as const,
    name,
    surname: name,
    first: '',
    folded: name.toLowerCase(),
    gender,
    role: null,
    nouns: [],
    aliases: [],
    mentions: at.map((start) => ({ start, end: start + name.length })),
  }));
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id })))
    .sort((x, y) => x.start - y.start);
  return { entities, mentions };
}

describe('genderBars', () => {
  const text = 'Lee spoke first. Then Ann answered at length.\n\nShe said no.';
  const she = text.indexOf('She');
  it.each([
    [
      'a person of unknown gender, a woman named after them',
      [
        ['Lee', null, [0]],
        ['Ann', 'f', [22]],
      ],
      0,
      true,
    ],
    [
      'a person of unknown gender, a man named after them',
      [
        ['Lee', null, [0]],
        ['Ann', 'm', [22]],
      ],
      0,
      false,
    ],
    ['a man', [['Lee', 'm', [0]]], 0, true],
    ['a woman', [['Lee', 'f', [0]]], 0, false],
    ['a person of unknown gender, nobody else', [['Lee', null, [0]]], 0, false],
  ] as [string, [string, 'm' | 'f' | null, number[]][], number, boolean][])('she and %s', (_, people, id, barred) => {
    expect(genderBars(index(people), text, she, id, 'f')).toBe(barred);
  });
});

describe('namedLongAgo', () => {
  const text = 'Lee spoke.\n\nA pause.\n\nMore words.\n\nShe said no.';
  const she = text.indexOf('She');
  it.each([
    ['named three paragraphs up', [0], true],
    ['named in the paragraph before', [text.indexOf('More')], false],
  ])('%s', (_, at, far) => {
    expect(namedLongAgo(index([['Lee', null, at as number[]]]), text, she, 0)).toBe(far);
  });
});

describe('titleFormGender', () => {
  it.each([
    ['fr', 'chercheuse', 'f'],
    ['fr', 'présidente', 'f'],
    ['fr', 'président', 'm'],
    ['fr', 'ministre', null],
    ['es', 'diputada', 'f'],
    ['es', 'ministro', 'm'],
    ['es', 'economista', null],
    ['it', 'sindaca', 'f'],
    ['it', 'sindaco', 'm'],
    ['pt', 'ministra', 'f'],
    ['de', 'Ministerin', 'f'],
    ['de', 'Regierungsrätin', 'f'],
    ['de', 'Vorsitzende', null],
    ['cs', 'ministryně', 'f'],
    ['cs', 'starostka', null],
  ])('%s: %s', (lang, word, gender) => {
    useLanguage(lang);
    expect(titleFormGender(word)).toBe(gender);
  });
});
