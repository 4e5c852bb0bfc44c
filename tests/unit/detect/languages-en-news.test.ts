import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('a team or body named with and without "the"', () => {
  it.each([
    [
      'a post signed by the team after "the" team',
      'The Riverside Comets won on Saturday.\n— Riverside Comets (@RiversideComets) April 27, 2026\n“Eli changed the game,” Comets coach Dale Whitaker said postgame.',
      'Eli changed',
      'Dale Whitaker',
      'Riverside Comets',
    ],
    [
      'the bare name first',
      '— Harbor City Knights (@HCKnights) May 2, 2026\nIt was a fifth loss in a row for the Harbor City Knights.\n“We stopped moving the ball,” Knights coach Rick Sandoval said.',
      'We stopped',
      'Rick Sandoval',
      'Harbor City Knights',
    ],
    [
      'a video posted by the club',
      'Fans of the Lakeside Stingers packed the stadium. A video posted by Lakeside Stingers drew thousands of views. “That was for the city,” Stingers captain Ana Duarte said after the match.',
      'That was',
      'Ana Duarte',
      'Lakeside Stingers',
    ],
    [
      'inverted, with the team before the title',
      'The Lakeside Stingers lost at home. Lakeside Stingers fans left early. “We were not good enough,” said Stingers captain Ana Duarte.',
      'We were not',
      'Ana Duarte',
      'Lakeside Stingers',
    ],
  ])('%s', (_name, text, words, speaker, body) => {
    expect(speakerOf(text, words)).toBe(speaker);
    const named = detect(text, { lang: 'en' }).people.filter((p) => p.name === body);
    expect(named.every((p) => p.kind === 'organisation')).toBe(true);
  });
});
