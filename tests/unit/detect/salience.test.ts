import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the quote starting with `words` in `text`. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('pronouns point to the person the sentences before them introduce', () => {
  it.each([
    [
      'a person introduced in apposition after another speaker, then "Asked ..., she said:"',
      '"We will not sign this," Lindqvist told reporters.\n\nNorway\'s lead delegate, Kari Holm, struck a softer note. Asked whether a deal was possible by Friday, she said: "We are closer than people think."',
      'We are closer',
      'Kari Holm',
    ],
    [
      'a new person in the sentence right before "she told reporters"',
      'Minister Paul Hart spoke first. "We need more time," Mr Hart said.\n\nThe Canadian envoy, Laura Bennett, sounded more upbeat. "I think we\'re close," she told reporters.',
      "I think we're close",
      'Laura Bennett',
    ],
    [
      'the introduced person two sentences back, with a possessive pronoun in between',
      'Ana Ruiz opened the session. "The plan is ready," Ruiz said.\n\nDenmark\'s trade chief, Erik Dahl, was less sure. His tone was sharp. "Nothing is agreed," he said.',
      'Nothing is agreed',
      'Erik Dahl',
    ],
    [
      'a man introduced after a woman spoke; "he" cannot be her',
      'Ms. Okoye said the vote was "a turning point."\n\nThe party treasurer, Tomas Weber, disagreed, and his answer was short. "It changes nothing," he said.',
      'It changes nothing',
      'Tomas Weber',
    ],
    [
      'gender skips a newly named person who does not fit',
      '"We have the votes," Ms. Grant said on Tuesday. Opposition whip Mr. Iqbal called that wishful thinking. "Count again," she said.',
      'Count again',
      'Grant',
    ],
    [
      'a gender learnt from an earlier "she" keeps "he" away from that person',
      'Councillor Dana Moss spoke for an hour, and she did not hold back. "This budget fails the city," Moss said.\n\nThe mayor, Victor Lund, answered. "It balances the books," he said.\n\nRobin Faye, a council clerk, took notes. "He is wrong," she said.',
      'He is wrong',
      'Robin Faye',
    ],
    [
      'the speaker keeps "he" when nobody new is named',
      '"One more week," said Omar Haddad. The talks stalled again that night. "We are patient," he said.',
      'We are patient',
      'Omar Haddad',
    ],
    [
      'a name inside a quote is not the subject',
      '"I spoke to Peter Lang yesterday," said Nora Vik. "He agrees with us," she added.',
      'He agrees',
      'Nora Vik',
    ],
    [
      'a name in a subordinate clause before the pronoun is not its subject',
      '"We are done," said Hugo Brandt. When asked about Sofia Marin, he said: "She was never involved."',
      'She was never',
      'Hugo Brandt',
    ],
    [
      'a person named after a verb is not the subject: the speaker keeps "she"',
      '"We need a deal," Lopez said. The remarks came after Kenji Sato criticised the plan. "It is urgent," she added.',
      'It is urgent',
      'Lopez',
    ],
    [
      'a person named in a by-phrase is not the subject',
      '"Borders stay shut," Mr. Alvarez said. The decision followed a visit by Karl Brenner. "We are firm," he added.',
      'We are firm',
      'Alvarez',
    ],
    [
      'an opening phrase set off by a comma leaves the subject after it',
      '"Borders stay shut," Mr. Alvarez said.\n\nOn Monday, Karl Brenner struck a different tone. "They will open soon," he said.',
      'They will open',
      'Karl Brenner',
    ],
    [
      'a possessive before the introduced person is not the subject',
      '"We are ready," General Hal Brook told reporters.\n\nBrook\'s deputy, Irene Kovac, agreed. She said the mission was "short-term."',
      'short-term',
      'Irene Kovac',
    ],
    [
      'a common first name tells "she" from a newly introduced man',
      '"The water came in minutes," said Olivia Grant.\n\nPeter Novak, the district engineer, promised repairs on Tuesday and said work would start soon.\n\n"I will believe it when I see it," she said.',
      'I will believe',
      'Olivia Grant',
    ],
    [
      'a "his" inside a sentence may be someone else\'s and sets no gender',
      '"We disagree," said Tom Reyes.\n\nRobin Vale praised his proposal all the same. "It is a start," she said.',
      'It is a start',
      'Robin Vale',
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });
});

describe('"it" and "they" stand only for a subject close by', () => {
  it.each([
    [
      '"it" after a sentence about a document is nobody',
      'The Arctic Council met in March. "We are united," the council said.\n\nLater the chair\'s office circulated a revised text. It "urges" every state to act.',
      'urges',
      null,
    ],
    [
      '"it" after a sentence whose subject is an organisation',
      'The Federal Reserve held rates on Wednesday. It said inflation was "still too high."',
      'still too high',
      'Federal Reserve',
    ],
    [
      '"it" in the sentence after a quote by the organisation',
      '"Prices are stable," the Bank of Lorvia said on Monday. It warned of "risks ahead" all the same.',
      'risks ahead',
      'Bank of Lorvia',
    ],
    [
      '"it" follows a short chain of "it" back to the organisation',
      'The Harbour Authority published its plan. It said the port would grow. It also promised "cleaner air."',
      'cleaner air',
      'Harbour Authority',
    ],
    [
      '"it" after a person was the subject is nobody',
      'The Ocean Trust filed a complaint last year.\n\nMaria Olsen read the new report twice. It calls the damage "permanent."',
      'permanent',
      null,
    ],
    [
      '"they" far from any named organisation is nobody',
      'The Ocean Trust filed a complaint. Weeks passed. Fishermen gathered at dawn. They called the rules "a death sentence."',
      'a death sentence',
      null,
    ],
  ])('%s', (_name, text, words, expected) => {
    expect(speakerOf(text, words)).toBe(expected);
  });
});
