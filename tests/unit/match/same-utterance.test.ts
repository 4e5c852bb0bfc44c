import { describe, expect, it } from 'vitest';
import { findSameUtterance } from '@/lib/match/same-utterance';

const FULL =
  'We believe the sovereignty, independence and territorial integrity of any country should be respected and safeguarded. Ukraine is no exception.';
const s = (id: string, text: string, ...urls: string[]) => ({ id, text, sources: urls.map((url) => ({ url })) });
const stored = [
  s('full', FULL, 'https://a.example/munich'),
  s('other', 'Cold War mentality should be completely abandoned.', 'https://a.example/call'),
];

describe('findSameUtterance: one utterance, one statement', () => {
  it.each([
    [
      'the same words, other marks and case',
      '“we believe the SOVEREIGNTY, independence and territorial integrity of any country should be respected and safeguarded — Ukraine is no exception”',
      'full',
    ],
    ['a sentence inside a stored statement', 'Ukraine is no exception.', 'full'],
    [
      'a quote with an ellipsis inside a stored statement',
      'We believe the sovereignty … Ukraine is no exception.',
      'full',
    ],
    ['a longer quote holding a stored statement', `He said: ${FULL} And more words here.`, 'full'],
    ['two words in common are not the same utterance', 'no exception', undefined],
    ['different words', 'The talks went well, we are pleased with them.', undefined],
  ])('%s', (_name, text, expected) => {
    expect(findSameUtterance(s('fresh', text, 'https://b.example/x'), stored)?.id).toBe(expected);
  });

  it('prefers the overlapping statement already sourced to the same page, then the longest', () => {
    const short = s('short', 'territorial integrity of any country should be respected', 'https://c.example/p');
    const fresh = s('fresh', 'territorial integrity of any country', 'https://c.example/p');
    expect(findSameUtterance(fresh, [...stored, short])?.id).toBe('short');
    expect(findSameUtterance({ ...fresh, sources: [] }, [short, ...stored])?.id).toBe('full');
  });
});
