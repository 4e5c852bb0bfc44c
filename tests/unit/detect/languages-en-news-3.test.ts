import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The speaker of the quote starting with `words` in `text`, read as English; undefined when no such quote. */
function speakerOf(text: string, words: string): string | null | undefined {
  return detect(text, { lang: 'en' }).quotes.find((q) => q.text.startsWith(words))?.speaker;
}

describe('tabloid reporting verbs', () => {
  it.each([
    ['fumed, inverted', '“Book me, fine me, do what you like,” fumed Terry Blackwood.', 'Book me', 'Terry Blackwood'],
    ['raged after the name', '“It is a joke, an absolute joke,” Dean Ashworth raged.', 'It is a joke', 'Dean Ashworth'],
    [
      'smiled before a colon',
      'Asked about the referee, Mikel Arrondo smiled: “Every week somebody is angry with him.”',
      'Every week',
      'Mikel Arrondo',
    ],
    [
      'slammed with a partial',
      'Samantha Hale slammed the ruling as “a disgrace to the sport”.',
      'a disgrace',
      'Samantha Hale',
    ],
    [
      'blasted with a partial',
      'Owen Pritchard blasted his players as “spineless” on Saturday.',
      'spineless',
      'Owen Pritchard',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a clause after a quote that tells what happened, not who spoke', () => {
  it.each([
    [
      '"after" and a passive',
      'Fans chanted “Sack the board” after chairman Peter Olsen was denied a hearing.',
      'Sack the board',
      'Peter Olsen',
    ],
    [
      '"when" and a denial',
      'The crowd sang “We want Kerr” when Martin Lowe denied the sale.',
      'We want Kerr',
      'Martin Lowe',
    ],
    [
      '"as" in a headline',
      'Ann Ruiz fumes ‘that was never a foul’ as Hadley Rovers denied late penalty',
      'that was never',
      'Hadley Rovers',
    ],
  ])('%s', (_name, text, words, notSpeaker) => {
    expect(speakerOf(text, words)).not.toBe(notSpeaker);
  });

  it.each([
    [
      'the headline still finds its subject',
      'Ann Ruiz fumes ‘that was never a foul’ as Hadley Rovers denied late penalty',
      'that was never',
      'Ann Ruiz',
    ],
    [
      'an inverted cue before the clause',
      '“It was a stonewall penalty,” said Lee Grant after Rovers were denied one.',
      'It was a stonewall',
      'Lee Grant',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a reporting verb in the passive names whom the words were put to', () => {
  it.each([
    ['asked, after the quote', '“Will you resign?” Mayor Tom Reilly was asked at the meeting.', 'Will you resign'],
    [
      'told, before the quote',
      'Nurse Kim Adair was told “there is no bed for you” when she arrived.',
      'there is no bed',
    ],
    [
      'repeatedly asked',
      'Council leader Hugh Barton was repeatedly asked “who signed the contract?” by opposition members.',
      'who signed',
    ],
  ])('%s', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('whom the speaker told is not the speaker', () => {
  it.each([
    [
      'an epithet subject',
      'Kingsmoor manager Mikel Arrondo was calm. The Spaniard, whose side went fourth, told BBC Radio Five: “It is not a penalty.”',
      'It is not',
      null,
    ],
    ['a role subject', 'The striker told Sky Sports: “We go again on Tuesday.”', 'We go again', null],
    [
      'a named subject still speaks',
      'Jane Colwell told Sky Sports: “We go again on Tuesday.”',
      'We go again',
      'Jane Colwell',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a bare quote after a turn of a question-and-answer exchange', () => {
  it.each([
    [
      'a question after an answer',
      'Defense attorney Paul Kessler questioned Alicia Moreno.\n\n“You signed the checks, didn’t you?” Kessler asked.\n\n“Some of them,” Moreno answered.\n\n“You approved the invoices?”',
      'You approved',
      null,
    ],
    [
      'an answer after a question',
      'Prosecutor Dana Whitlow cross-examined Ray Osei on Tuesday.\n\n“Were you at the warehouse that night?” Whitlow asked.\n\n“I was at home with my wife all night.”',
      'I was at home',
      null,
    ],
    [
      'a run of one speaker goes on',
      'Mayor Ann Quill spoke for an hour.\n\n“We will rebuild,” Quill said.\n\n“It will take years, but we will do it.”',
      'It will take',
      'Ann Quill',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"the 34-year-old" opening the sentence before a pronoun', () => {
  it.each([
    [
      'a veteran introduced in the sentence before',
      '“That is a disgrace,” said manager Terry Blackwood.\n\nIt was a cruel end for Vale veteran Ryan Holloway, who had scored twice.\n\nThe 34-year-old, who is out of contract, was in no mood to celebrate.\n\nHe said: “It means nothing today.”',
      'It means nothing',
      'Ryan Holloway',
    ],
    [
      'a forward after the coach',
      'Comets coach Dale Whitaker praised his side. It was a big night for forward Eli Fontaine. The 24-year-old scored 30 points. “I just try to be annoying,” he said.',
      'I just try',
      'Eli Fontaine',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('a pronoun whose own sentence names another of its gender', () => {
  it.each([
    [
      'confronted in a subordinate clause',
      'Evelyn Strand said she first heard of Ridley Hart from a reporter. She testified that when she confronted Gregory Lindqvist, he told her it was a “temporary arrangement” for the audit.',
      'temporary arrangement',
    ],
    [
      'met before the pronoun',
      'Councillor Joan Pike had called for the vote. She said that after she met Martin Hale, he called the plan “dead in the water” on Monday.',
      'dead in the water',
    ],
  ])('%s', (_name, text, words) => {
    expect(speakerOf(text, words)).toBeNull();
  });
});

describe('a participle cue hanging off a document someone else wrote', () => {
  it.each([
    [
      'an email the witness sent',
      'Defense attorney Paul Kessler then showed jurors an email Alicia Moreno sent to the board describing the books as “clean and fully reconciled.”',
      'clean and fully',
      'Alicia Moreno',
    ],
    [
      'a letter the mayor wrote',
      'Councillor Dev Shah read out a letter Mayor Ruth Adler wrote in 2021 calling the depot “a disgrace to the city”.',
      'a disgrace',
      'Ruth Adler',
    ],
    [
      'a report someone cited names no author',
      'Senator Tom Ridley waved a report Governor Ana Cruz cited last year warning of “a lost decade” for the region.',
      'a lost decade',
      null,
    ],
    [
      'a statement of the subject’s own still speaks',
      'Grace Obi issued a statement on Monday saying the ward was “safe for every patient”.',
      'safe for every',
      'Grace Obi',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});

describe('"read" reports what a document says', () => {
  it.each([
    [
      'the statement read, issuer in apposition',
      'The property manager, Northline Residential, said in a statement that it was sorry.\n\n“We are offering every tenant a unit,” the statement read.',
      'We are offering',
      'Northline Residential',
    ],
    [
      'a message from someone read',
      'Prosecutors showed texts sent by Gregory Lindqvist.\n\n“Keep it off the books,” one message from Lindqvist read.',
      'Keep it off',
      'Gregory Lindqvist',
    ],
    [
      'a long description before the issuer',
      'The food bank’s current executive director, Simone Achterberg, said in a written statement that controls were rebuilt. “Our focus is on families,” the statement said.',
      'Our focus',
      'Simone Achterberg',
    ],
  ])('%s', (_name, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
