import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { findQuotes } from '@/lib/detect/quotes/quotes';

/** The quoted words of every quotation found, in order. */
const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes: marks', () => {
  it.each([
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['curly double', 'He said \u201cwe will win\u201d today.', ['we will win']],
    ['mixed curly and straight', 'He said \u201cwe will win" today.', ['we will win']],
    ['guillemets', 'Il a dit \u00abnous gagnerons\u00bb hier.', ['nous gagnerons']],
    ['guillemets with spaces', 'Il a dit \u00ab nous gagnerons \u00bb hier.', ['nous gagnerons']],
    ['German low-high', 'Er sagte \u201ewir gewinnen\u201c gestern.', ['wir gewinnen']],
    ['German single low-high', 'Er sagte \u201aja\u2018 dazu.', ['ja']],
    ['corner brackets', '\u5f7c\u306f\u300c\u52dd\u3064\u300d\u3068\u8a00\u3063\u305f\u3002', ['\u52dd\u3064']],
    ['single quotes as the only level', "The headline read 'biggest frustration' yesterday.", ['biggest frustration']],
    ['curly singles', 'Obama: \u2018biggest frustration\u2019 is guns', ['biggest frustration']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findQuotes: apostrophes are not quotes', () => {
  it.each([
    ["don't and can't", 'We don\'t know and can\'t say "why" yet.', ['why']],
    ["'90s decade", 'In the \'90s he said "hello" often.', ['hello']],
    ['curly decade', 'In the \u201990s he said \u201chello\u201d often.', ['hello']],
    ["possessive Kyiv's", 'Kyiv\'s mayor said "enough" twice.', ['enough']],
    ["plural possessive students'", 'The students\' union said "no" loudly.', ['no']],
    ['possessive inside a quote', '"Russia\'s concerns are real," he said.', ["Russia's concerns are real,"]],
    [
      'plural possessive inside straight single quotes',
      "'The students' union hasn't decided,' she said.",
      ["The students' union hasn't decided,"],
    ],
    ['single-quoted partial ending in s', "He called it 'a mess of problems' and left.", ['a mess of problems']],
    ['no marks at all', "It's the students' turn, isn't it?", []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('findQuotes: nesting, paragraphs and broken marks', () => {
  it('finds a single-quoted quote inside a double-quoted one, with its parent', () => {
    const text = 'She said, "We always say, \'Watch out,\' to them."';
    const qs = findQuotes(text);
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(["We always say, 'Watch out,' to them.", 'Watch out,']);
    expect(qs[1]!.parent).toBe(0);
    expect(qs[0]!.parent).toBe(-1);
  });

  it('finds a double-quoted quote inside a single-quoted one (British style), after its parent', () => {
    const text = "First 'a b' then. 'We've heard \"every option\" before,' he said.";
    const qs = findQuotes(text);
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual([
      'a b',
      'We\'ve heard "every option" before,',
      'every option',
    ]);
    expect(qs.map((q) => q.parent)).toEqual([-1, -1, 1]);
  });

  it('splits a quote that runs over paragraphs into one quote per paragraph, grouped', () => {
    const text = '\u201cFirst part of it.\n\n\u201cSecond part.\n\n\u201cLast part,\u201d she said.';
    const qs = findQuotes(text);
    expect(qs.map((q) => text.slice(q.start, q.end))).toEqual(['First part of it.', 'Second part.', 'Last part,']);
    expect(qs.map((q) => q.group)).toEqual([0, 0, 0]);
  });

  it('does not group a quote that closes in its own paragraph', () => {
    const qs = findQuotes('\u201cOne.\u201d\n\n\u201cTwo.\u201d');
    expect(qs.map((q) => q.group)).toEqual([undefined, undefined]);
  });

  it('contains a stray closing mark locally instead of flipping the quotes after it', () => {
    const text =
      'The "sovereignty and integrity" of all nations must be respected," Wang said on Saturday. "Ukraine is no exception." He called it "a distortion."';
    expect(quoted(text)).toEqual(['sovereignty and integrity', 'Ukraine is no exception.', 'a distortion.']);
  });

  it('drops an opener never closed in its paragraph, keeping the next paragraph intact', () => {
    const text = 'He said "this never closes.\n\nNext paragraph has "a quote" in it.';
    expect(quoted(text)).toEqual(['a quote']);
  });

  it('gives offsets that cover exactly the words without the marks', () => {
    const text = 'A "b c" d';
    const [q] = findQuotes(text);
    expect([q!.start, q!.end, q!.open, q!.close]).toEqual([3, 6, 2, 6]);
  });
});

describe('findQuotes: single-marked quotes over paragraphs (British style)', () => {
  it.each([
    [
      'straight marks, the first paragraph left open',
      "The head teacher said: 'The roof was surveyed, priced and signed off. Then the money went elsewhere.\n\n'I will take this to the council.'",
      [
        'The roof was surveyed, priced and signed off. Then the money went elsewhere.',
        'I will take this to the council.',
      ],
    ],
    [
      'curly marks over three paragraphs',
      'She told the inquiry: \u2018We warned them in writing, twice.\n\n\u2018Nobody replied to either letter.\n\n\u2018That is the part I cannot forgive.\u2019',
      ['We warned them in writing, twice.', 'Nobody replied to either letter.', 'That is the part I cannot forgive.'],
    ],
    [
      'apostrophes around a run-on quote stay apostrophes',
      "He said: 'We don't know yet what the '90s rules allow for the students' halls.\n\n'We'll find out.'",
      ["We don't know yet what the '90s rules allow for the students' halls.", "We'll find out."],
    ],
    [
      'a stray single mark before a paragraph that opens a quote does not run on',
      "Fans of the 'old guard\n\n'We are back,' the coach said.",
      ['We are back,'],
    ],
    [
      'an unclosed single with no reopened paragraph after it is dropped',
      "They called it 'the end of an era and left.\n\nThe next day was quiet.",
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('groups the paragraphs so they share one speaker', () => {
    const text =
      "Ms Patel said: 'The plan was costed and approved. It was cut to save money.\n\n'I will raise it with the minister.'";
    const detected = detect(text);
    expect(detected.quotes.map((q) => q.speaker)).toEqual(['Patel', 'Patel']);
  });
});
