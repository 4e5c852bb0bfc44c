import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of each quote in `text`, read as a page declared in `lang`, and the people listed. */
function read(text: string, lang: string) {
  const d = detect(text, { lang });
  return { speakers: d.quotes.map((q) => q.speaker), people: d.people.map((p) => p.name) };
}

describe('a nationality before a name describes the person and is not part of the name', () => {
  it.each([
    ['fr', 'La réunion a duré. L’envoyé, l’Estonien Kaarel Tamm, a rappelé que « rien n’est perdu ».', 'Kaarel Tamm'],
    ['fr', 'La séance fut longue. « Rien n’est perdu », a déclaré la Britannique Helen Moss.', 'Helen Moss'],
    ['de', 'Die Sitzung dauerte. „Nichts ist verloren“, sagte der Österreicher Max Huber.', 'Max Huber'],
    ['de', 'Die Sitzung dauerte. „Nichts ist verloren“, sagte die Polin Anna Nowak.', 'Anna Nowak'],
    ['en', 'The talks ran late. "Nothing is lost," said the Spaniard Rafael Moreno.', 'Rafael Moreno'],
    ['en', 'The talks ran late. "Nothing is lost," said Estonian Kaarel Tamm.', 'Kaarel Tamm'],
    ['cs', 'Jednání trvalo dlouho. „Nic není ztraceno,“ řekl Estonec Kaarel Tamm.', 'Kaarel Tamm'],
    ['cs', 'Jednání trvalo dlouho. „Nic není ztraceno,“ řekla Slovenka Jana Kováčová.', 'Jana Kováčová'],
  ])('%s: %s', (lang, text, name) => {
    const { speakers, people } = read(text, lang);
    expect(speakers).toContain(name);
    expect(people).toContain(name);
  });
});

describe('an office word glued before a name is a title', () => {
  it.each([
    ['de', 'Bundesrätin Eva Keller sprach in Bern. „Das ist ein harter Tag“, sagte sie.', 'Eva Keller'],
    ['de', 'Die Debatte war lang. „Wir prüfen das“, sagte Stadträtin Jana Roth.', 'Jana Roth'],
    ['en', 'The debate ran late. Kerry TD Niamh Quill said the plan was "a disgrace".', 'Niamh Quill'],
  ])('%s: %s', (lang, text, name) => {
    const { speakers, people } = read(text, lang);
    expect(speakers).toContain(name);
    expect(people).toEqual([name]);
  });
});

describe('a day after a body’s name is when it spoke, not part of the name', () => {
  it.each([
    ['The Supreme Court on Monday said the limits "exist only on paper".', 'Supreme Court'],
    ['The European Commission on Tuesday warned that the deal was "a mistake".', 'European Commission'],
    ['The Committee on Foreign Affairs said the deal was "a mistake".', 'Committee on Foreign Affairs'],
  ])('%s', (text, name) => {
    expect(read(text, 'en').speakers).toEqual([name]);
  });
});

describe('a sentence opening on an adverb or a question word names nobody by it', () => {
  it.each([
    ['cs', 'Zároveň připustil, že jednání bude „dlouhé a těžké“.', 'Zároveň'],
    ['cs', 'Kdo zaplatí, řekne „až vláda“.', 'Kdo'],
    ['de', 'Ähnlich sieht es „bei den Kliniken“ aus.', 'Ähnlich'],
    ['de', 'Wer Wohnungen baut, braucht „mehr Geld“, sagte er.', 'Wer Wohnungen'],
    ['fr', 'Pourtant Martin Roux a jugé la mesure « injuste ».', 'Pourtant Martin Roux'],
    ['es', 'Además Ana Ruiz calificó la medida de «injusta».', 'Además Ana Ruiz'],
    ['it', 'Tuttavia Paolo Ferri ha definito la misura «ingiusta».', 'Tuttavia Paolo Ferri'],
    ['pt', 'Contudo Paulo Matos classificou a medida de «injusta».', 'Contudo Paulo Matos'],
  ])('%s: %s', (lang, text, wrong) => {
    const { speakers, people } = read(text, lang);
    expect(speakers).not.toContain(wrong);
    expect(people).not.toContain(wrong);
  });
});

describe('what a title is for or of runs into the name of who holds it, and is no part of the name', () => {
  it.each([
    ['The Minister for Foreign Affairs Simon Coveney said the deal was "fair".', 'Simon Coveney'],
    ['The Independent TD for Kerry Niamh Quill said the plan was "unfair".', 'Niamh Quill'],
    ['The Senator for Victoria Jane Hume said the plan was "unfair".', 'Jane Hume'],
    ['Secretary of State Mike Pompeo said the plan was "unfair".', 'Mike Pompeo'],
  ])('%s', (text, name) => {
    const { speakers, people } = read(text, 'en');
    expect(speakers).toEqual([name]);
    expect(people).toEqual([name]);
  });
});

describe('a title written in capitals is no one’s name', () => {
  it.each([
    'Northwind cut 400 jobs as CEO says the firm must become "leaner".',
    'The board met on Monday. The plan is "sound," CFO says in a memo.',
  ])('%s', (text) => {
    const { speakers, people } = read(text, 'en');
    expect(speakers).toEqual([null]);
    expect(people).toEqual([]);
  });
});
