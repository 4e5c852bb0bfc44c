import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/page/dom/analyze';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detect');

/** Parses a fixture page with the test environment's DOM. */
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

describe('a page written in a style the detector was not tuned on', () => {
  const { detection } = analyzePage(load('trade-talks.html'));
  const speakerOf = (words: string) => detection.quotes.find((q) => q.text.startsWith(words))?.speaker;

  it.each([
    ['a quote with its speaker named after it', 'Nobody should expect', 'Einar Magnusson'],
    ['"she" after a newly introduced person', 'We are closer', 'Silje Dahl'],
    ['"it" standing for a document, not an organisation named before', 'invites', null],
    ['an unnamed spokeswoman for a lower-case ministry', 'fully engaged', 'Faroese fisheries ministry'],
    ['the first paragraph of a single-marked quote left open', 'We went through', 'Einar Magnusson'],
    ['the paragraph that continues it', 'I will take it back', 'Einar Magnusson'],
  ])('%s', (_what, words, speaker) => {
    expect(speakerOf(words)).toBe(speaker);
  });

  it('lists the officials with their titles, not the authors or the events', () => {
    const people = Object.fromEntries(
      detection.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.role] as const),
    );
    expect(people).toEqual({
      'Einar Magnusson': 'trade minister',
      'Silje Dahl': expect.stringMatching(/negotiator|minister/),
    });
  });
});
