import { describe, expect, it } from 'vitest';
import { isPersonNoun } from '@/lib/detect/people/anonymous';
import { capitalRuns } from '@/lib/detect/people/capital-runs';
import { tokenize } from '@/lib/detect/text/tokens';

describe('isPersonNoun reads plurals without building every form', () => {
  it.each([
    ['official', true],
    ['Officials', true],
    ['parties', false],
    ['democrats', true],
    ['sources', true],
    ['spokespeople', true],
    ['policies', false],
    ['s', false],
    ['ies', false],
    ['table', false],
  ])('%s', (word, expected) => {
    expect(isPersonNoun(word)).toBe(expected);
  });
});

describe('capitalRuns joins capitalised words across one space only', () => {
  it.each([
    ['Ann Cole said', ['Ann Cole']],
    ['Ann  Cole said', ['Ann', 'Cole']],
    ['Ann\tCole said', ['Ann', 'Cole']],
    ["Cole's Team Lead", ['Cole', 'Team Lead']],
  ])('%j', (text, runs) => {
    const found = capitalRuns(text, tokenize(text)).map((r) => text.slice(r[0]?.start, r.at(-1)?.end));
    expect(found).toEqual(runs);
  });
});
