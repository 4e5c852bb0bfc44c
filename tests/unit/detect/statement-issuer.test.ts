import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words` in English `text`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((x) => x.text.replace(/^["“\s]+/u, '').startsWith(words))?.speaker;
}

describe('"the statement said" goes to whoever opened the sentence that brought the statement in', () => {
  it.each([
    [
      'a time set off by a comma before the issuer',
      'Earlier, Northgate Transit said in a statement that service would resume.\n\n“Crews are working through the night,” the statement said.',
      'Crews are',
      'Northgate Transit',
    ],
    [
      'a description run into the issuer’s name',
      'The housing charity Home First said in a statement that rents had doubled.\n\n“Families are being priced out,” the statement said.',
      'Families are',
      'Home First',
    ],
    [
      'the issuer named by its description after "In a statement,"',
      'The Pine Ridge School District lost its appeal on Monday. In a statement, the district said it would comply.\n\n“We will review our options,” the statement said.',
      'We will',
      'Pine Ridge School District',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a preposition joins the description: the lawyer’s statement, not the client’s',
      'The lawyer for Tom Brandt said in a statement that the charges were baseless.\n\n“My client will be cleared,” the statement said.',
      'My client',
    ],
    [
      'the sentence opens on something else than the issuer',
      'The Pine Ridge School District lost its appeal. In a statement, the ruling against the district was called final.\n\n“We will review our options,” the statement said.',
      'We will',
    ],
  ])('%s: nobody', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});
