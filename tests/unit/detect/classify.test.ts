import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

// The innermost quote holding the words: nested quotes come after the quotes around them.
const kindOf = (text: string, words: string) => detect(text).quotes.findLast((q) => q.text.includes(words))?.kind;

describe('classify: statements and terms', () => {
  it.each([
    ['direct sentence with cue after', '"We will not back down," Mayor Ann Cole said.', 'We will', 'direct'],
    ['direct after a colon', 'Mayor Ann Cole said: "We will not back down."', 'We will', 'direct'],
    [
      'partial woven into a sentence',
      'Mayor Ann Cole said the plan was "a step in the right direction" for all.',
      'a step',
      'partial',
    ],
    ['short partial with a cue', 'Mayor Ann Cole said it was "distressing" to watch.', 'distressing', 'partial'],
    [
      'short partial followed by a preposition',
      'Mayor Ann Cole said she was "deeply troubled" by the ruling.',
      'deeply troubled',
      'partial',
    ],
    ['scare quote after "the term"', 'She balked at the term "invasion" on Monday.', 'invasion', 'term'],
    [
      'scare quote as a modifier, no speech',
      'Troops were sent as "peacekeeping" forces into the region.',
      'peacekeeping',
      'term',
    ],
    [
      'modifier of the next word, even with a cue',
      'Ann Cole said the "post-truth" era was over.',
      'post-truth',
      'term',
    ],
    ['label after "labelling"', 'Ann Cole said the site is labelling "fake news" stories.', 'fake news', 'term'],
    [
      'short partial before a function word',
      'Ann Cole said talks were "roughly balanced" between both sides.',
      'roughly',
      'partial',
    ],
    [
      'verb phrase before a verb is not a modifier',
      'Roof said he felt he "had to" commit the crime.',
      'had to',
      'partial',
    ],
    [
      'short partial reported by "according to"',
      'The response was "unacceptable," according to Senator Jane Roe.',
      'unacceptable',
      'partial',
    ],
    [
      'the source named after "according to" is a term',
      'Rates rose, according to the new "dot plot" of forecasts.',
      'dot plot',
      'term',
    ],
    ['label after "so-called"', 'The so-called "dot plot" moved higher.', 'dot plot', 'term'],
    ['self-designation', 'The protesters, who call themselves "water protectors", camped out.', 'water', 'term'],
    ['hashtag reading', 'A hashtag reading "Russia invades Ukraine" was censored.', 'Russia invades', 'term'],
    ['title in Title Case', 'He will consider "Many Names" for the post.', 'Many Names', 'term'],
    [
      'imagined utterance',
      'His face flickered as if to say "You think you got me?" and he smiled.',
      'You think',
      'term',
    ],
    ['one short full sentence', 'Ann Cole was blunt. "This must stop." Then she left.', 'This must stop', 'direct'],
    [
      'a short quote after "promises to" reports a promise',
      'Ann Cole made promises to "look after" the harbour towns.',
      'look after',
      'partial',
    ],
    [
      'two words of a longer statement used as a modifier',
      'Harborline said: "We ban threats and hateful conduct on every account, without exception." Later a blog post backed its "hateful conduct" policy.',
      'hateful conduct',
      'term',
    ],
    ['a pledge', 'Tom Reed kept his pledge to "fix the roads" within a year.', 'fix the roads', 'partial'],
    [
      'title with its stop inside the marks',
      'A giant sign led to a pavilion that promised "The Shape of Cities to Come." Crowds followed.',
      'The Shape',
      'term',
    ],
    [
      'long title in Title Case',
      'Her prints carry titles such as "You Told Me About the River Again" in pink.',
      'You Told Me',
      'term',
    ],
    ['a word given as a name', 'The lamp spells out the name "harold" in blue script.', 'harold', 'term'],
    [
      'a short term whose stop ends the sentence before a cue word',
      'Critics see the decade as the "glass decade." The author suggests it lasted longer.',
      'glass decade',
      'term',
    ],
    [
      'a real sentence in sentence case stays a statement',
      'Ann Cole said: "The plan will cost too much." Then she left.',
      'The plan will',
      'direct',
    ],
    [
      'a short partial with its stop inside, in a reporting sentence',
      'Ann Cole called the ruling "a disgrace." The council met later.',
      'a disgrace',
      'partial',
    ],
    [
      "words put in others' mouths inside a quote",
      '"It is hard to get everybody to agree, \'this is what went wrong,\' and to fix it," Ann Cole said.',
      'this is what',
      'term',
    ],
    [
      'a phrase heard from others inside a British quote',
      'Ann Cole was unmoved. \'We have heard "every option is open" before,\' she said.',
      'every option',
      'term',
    ],
    [
      'what the speaker and others say, inside a quote',
      '"When we go to town, we\u2019ll always say, \'Watch out for the police,\' to each other," Ann Cole said.',
      'Watch out',
      'direct',
    ],
    [
      'what someone named said, inside a quote',
      '"As Lincoln said, \'A house divided against itself cannot stand,\' and he was right," Ann Cole said.',
      'A house divided',
      'direct',
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(kindOf(text, words)).toBe(expected);
  });

  it('adds no unmarked block quote when marked quotes already fill the block', () => {
    const text = "Intro:\n\n'There is hatred, and it goes further than that,' [Bruck] said.\n\nEnd.";
    const start = text.indexOf("'There");
    const end = text.indexOf('\n\nEnd');
    const quotes = detect(text, { blockQuotes: [{ start, end }] }).quotes;
    expect(quotes.map((q) => q.text)).toEqual(['There is hatred, and it goes further than that,']);
  });

  it('marks quotes inside a block quotation span as block', () => {
    const text = 'Ann Cole wrote:\n\n"We are here to stay, and we will not be moved by threats."\n\nEnd.';
    const start = text.indexOf('"We');
    const end = text.indexOf('\n\nEnd');
    const [q] = detect(text, { blockQuotes: [{ start, end }] }).quotes;
    expect(q?.kind).toBe('block');
  });
});
