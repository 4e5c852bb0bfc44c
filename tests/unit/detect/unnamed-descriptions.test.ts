import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

const OKAFOR = '“The numbers are clear,” said Dr. Helen Okafor, a sleep researcher at Marlow University.';
const BRANDT = '“We will keep every store open,” said Thomas Brandt, the retailer’s founder.';
const LEE = 'Mayor Ann Lee opened the meeting on Monday. “We have waited long enough,” she said.';

describe('a "he" or "she" after an unnamed "the X’s Y" or "the Y of the X"', () => {
  it.each([
    [
      'the study’s senior author',
      `${OKAFOR} The study’s senior author, who asked not to be named, said the sample was small. “We need more families,” she said.`,
      'We need more',
      null,
    ],
    [
      'the company’s spokeswoman',
      `${OKAFOR} The company’s spokeswoman said the product would stay on shelves. “We stand by our data,” she said.`,
      'We stand by',
      null,
    ],
    [
      'the team’s head coach',
      `${BRANDT} The team’s head coach called the loss a lesson. “We were not ready,” he added.`,
      'We were not',
      null,
    ],
    [
      'the meeting’s last speaker',
      `${BRANDT} The meeting’s last speaker asked for a vote. “Nobody asked us,” he said.`,
      'Nobody asked',
      null,
    ],
    [
      'a lawyer for the family',
      `${OKAFOR} A lawyer for the family said the school had been warned. “They knew for months,” she said.`,
      'They knew',
      null,
    ],
    [
      'the mayor’s chief of staff after the mayor',
      `${LEE} The mayor’s chief of staff said the budget was tight. “There is no slack left,” she said.`,
      'There is no slack',
      null,
    ],
    [
      'the head of the union',
      `${BRANDT} The head of the union said the offer fell short. “It is an insult,” he said.`,
      'It is an insult',
      null,
    ],
    [
      'an opening phrase before the description',
      `${BRANDT} On Tuesday, the company’s chief financial officer said costs had doubled. “We cannot absorb it,” he said.`,
      'We cannot absorb',
      null,
    ],
    [
      'the head of an agency owned by the state',
      `${BRANDT} The head of the state’s consumer agency said the shops broke no rule. “We checked every lease,” he said.`,
      'We checked',
      null,
    ],
    [
      'a senior author after the named lead author',
      `“Phones stay out,” said Dr. Helen Okafor, the study’s lead author. The study’s senior author said the sample was small. “We need more families,” she said.`,
      'We need more',
      null,
    ],
    [
      'a chief of staff after a chief executive',
      '“It is hard,” said chief executive Marta Lind. The mayor’s chief of staff said talks began in January. “The numbers were bad,” she said.',
      'The numbers were bad',
      null,
    ],
    [
      'the description as the cue after a quote',
      `${OKAFOR} “We stand by our data,” the company’s spokeswoman said. “We will appeal,” she said.`,
      'We will appeal',
      null,
    ],
  ])('%s: nobody named', (_case, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it.each([
    [
      'a name in apposition',
      `${OKAFOR} The company’s spokeswoman, Jane Doe, said the product would stay on shelves. “We stand by our data,” she said.`,
      'We stand by',
      'Jane Doe',
    ],
    [
      '"the mayor said" after Mayor Ann Lee',
      `${LEE} The mayor said the budget was tight. “There is no slack left,” she said.`,
      'There is no slack',
      'Ann Lee',
    ],
    [
      'the title the page gave the named person',
      `${BRANDT} The retailer’s founder said the leases were cheap. “We got lucky,” he said.`,
      'We got lucky',
      'Thomas Brandt',
    ],
    [
      'a body, not a person, as subject',
      `${OKAFOR} The university’s report said the sample was small. “We need more families,” she said.`,
      'We need more',
      'Helen Okafor',
    ],
    [
      'a pronoun of the other gender',
      `${BRANDT} The company’s chairwoman said little. “The numbers are not in,” he said.`,
      'The numbers are not',
      'Thomas Brandt',
    ],
    [
      'the head coach the page named',
      '“We were ready,” said head coach Dale Whitaker. The team’s head coach called the loss a lesson. “We were not ready,” he added.',
      'We were not',
      'Dale Whitaker',
    ],
    [
      'the head of the union the page named',
      `“We will strike,” said Ann Lee, the head of the union. The head of the union said the offer fell short. “It is an insult,” she said.`,
      'It is an insult',
      'Ann Lee',
    ],
    [
      '"the mayor said" after the mayor’s chief of staff',
      `${LEE} The mayor’s chief of staff said the budget was tight. “There is no slack left,” he said. The mayor said a fair would open in April. “We will not let families fall,” she said.`,
      'We will not let',
      'Ann Lee',
    ],
    [
      'a title before the name',
      `${OKAFOR} The company’s chief executive Jane Doe said sales fell. “We will appeal,” she said.`,
      'We will appeal',
      'Jane Doe',
    ],
    [
      'the post the page gave the named person',
      '“Phones out,” said Dr. Helen Okafor, the study’s senior author. The study’s senior author said the sample was small. “We need more,” she said.',
      'We need more',
      'Helen Okafor',
    ],
    [
      'a named subject nearer the pronoun',
      `${OKAFOR} The study’s senior author said the sample was small. Okafor disagreed. “We need more,” she said.`,
      'We need more',
      'Helen Okafor',
    ],
  ])('%s: the named person', (_case, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
