import { afterEach, describe, expect, it } from 'vitest';
import { t } from '@/lib/core/i18n';
import { speak, speakEnglish } from '@/tests/support/speak';

// The failures the background and the card report after Confirm, Relate or a speaker choice.
describe('card action failures in the reader’s language', () => {
  afterEach(speakEnglish);

  it.each([
    ['en', 'cardNoAnswer', [], 'the library did not answer; try again'],
    ['en', 'cardEarlierGone', [], 'the earlier statement is no longer in the library'],
    ['en', 'cardEarlierNotSpeaker', ['Wang Yi'], 'the earlier statement is not Wang Yi’s'],
    ['en', 'cardQuoteIsThatStatement', [], 'this quote is that statement'],
    ['en', 'cardPersonGone', [], 'that person is no longer in your library'],
    ['fr', 'cardNoAnswer', [], "la bibliothèque n'a pas répondu ; réessayez"],
    ['fr', 'cardEarlierGone', [], "la déclaration antérieure n'est plus dans la bibliothèque"],
    ['fr', 'cardEarlierNotSpeaker', ['Wang Yi'], "la déclaration antérieure n'est pas de Wang Yi"],
    ['fr', 'cardQuoteIsThatStatement', [], 'cette citation est cette même déclaration'],
    ['fr', 'cardPersonGone', [], "cette personne n'est plus dans votre bibliothèque"],
  ] as const)('%s %s', (locale, key, subs, expected) => {
    speak(locale);
    expect(t(key, subs)).toBe(expected);
  });
});
