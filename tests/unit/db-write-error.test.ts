import { afterEach, describe, expect, it } from 'vitest';
import { describeWriteError } from '@/lib/db/errors';
import { speak, speakEnglish } from '@/tests/support/speak';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const other = new Error('Key already exists');

describe('describeWriteError in the reader’s language', () => {
  afterEach(speakEnglish);

  it.each([
    ['en', quota, /^The browser has no room left .* not saved\. Nothing was lost/],
    ['en', other, /^The change was not saved: Key already exists\. Nothing else/],
    ['fr', quota, /^Le navigateur n'a plus de place .* Rien n'est perdu/],
    ['fr', other, /^La modification n'a pas été enregistrée : Key already exists\. Rien d'autre/],
  ])('%s: %s', (locale, error, expected) => {
    speak(locale);
    expect(describeWriteError(error)).toMatch(expected);
  });
});
