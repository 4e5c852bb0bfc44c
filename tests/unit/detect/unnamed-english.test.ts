import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote whose text starts with `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((x) => x.text.replace(/^["“\s]+/u, '').startsWith(words))?.speaker;
}

const NAMED_FIRST = 'Dr Helen Marchbank, the chief medical officer, said the unit relied on agency staff.\n';

describe('an English pronoun after a person the text does not name stands for that person', () => {
  it.each([
    [
      `${NAMED_FIRST}One midwife, who asked not to be named, told the BBC staff had been "crying in the car park".\n"We found out from a post," she said.`,
      'We found',
    ],
    [`${NAMED_FIRST}A nurse on the ward said morale was low.\n"Nobody listens to us," she said.`, 'Nobody'],
  ])('%s', (text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });

  it.each([
    // A person named after the unnamed one is whom the pronoun means.
    [
      `One nurse said morale was low. Her manager, Ann Cole, disagreed.\n"We are fully staffed," she said.`,
      'We are',
      'Ann Cole',
    ],
    [`${NAMED_FIRST}"We cannot run two units on goodwill," she said.`, 'We cannot', 'Helen Marchbank'],
  ])('%s', (text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
