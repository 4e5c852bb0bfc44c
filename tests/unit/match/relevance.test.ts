import { describe, expect, it } from 'vitest';
import { bm25 } from '@/lib/match/bm25';
import { namedEntities } from '@/lib/match/entities';
import { relevanceTo } from '@/lib/match/relevance';
import { stem } from '@/lib/match/stem';
import { contentTerms, splitSentences } from '@/lib/match/terms';

describe('stem', () => {
  it.each([
    [['respects', 'respected', 'respecting', 'respect'], 'respect'],
    [['force', 'forces', 'forced'], 'forc'],
    [['country', 'countries'], 'country'],
    [['issue', 'issues'], 'issu'],
    [['run', 'running'], 'run'],
    [['agree', 'agreed', 'agrees'], 'agre'],
    [['Ukraine', "Ukraine's"], 'ukrain'],
  ])('%j all become %j', (forms, expected) => {
    expect(forms.map(stem)).toEqual(forms.map(() => expected));
  });

  it.each([
    ['crisis', 'crisis'],
    ['focus', 'focus'],
    ['need', 'need'],
    ['sing', 'sing'],
    ['is', 'is'],
  ])('leaves %j as %j', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('contentTerms', () => {
  it('drops stop-words, negations and modals, keeps the topic', () => {
    const terms = contentTerms('China will not always respect the sovereignty of all countries.');
    expect(terms.map((t) => t.stem)).toEqual(['china', 'respect', 'sovereignty', 'country']);
    expect(terms.map((t) => t.word)).toEqual(['china', 'respect', 'sovereignty', 'countries']);
  });
});

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['The U.S. said so. Then Mr. Wang left.', ['The U.S. said so.', 'Then Mr. Wang left.']],
    ['"Ukraine is no exception." He left.', ['"Ukraine is no exception."', 'He left.']],
    ['sovereignty ... Ukraine is no exception.', ['sovereignty ...', 'Ukraine is no exception.']],
    ['no full stop', ['no full stop']],
  ])('%j', (text, expected) => {
    const found = splitSentences(text);
    expect(found.map((s) => s.text)).toEqual(expected);
    for (const s of found) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('namedEntities', () => {
  it.each([
    ['At the Munich Security Conference, Wang spoke.', ['munich security conference', 'wang']],
    ['Wang spoke. Then Lavrov answered Wang.', ['wang', 'lavrov']],
    ['Wang spoke. Then Lavrov answered.', ['lavrov']],
    ['Cold War mentality should be abandoned.', ['cold war']],
    ['Chinese officials met their Russian counterparts.', ['china', 'russia']],
    ['the U.S. and the United States and America', ['united states']],
    ['The Chinese Foreign Ministry said', ['chinese foreign ministry', 'china']],
    ['He blamed NATO and the United Nations.', ['nato', 'united nations']],
    ['Sorry, no results. Everybody is busy on Thursday.', []],
    ['China always respects all countries.', ['china']],
    ['Ministry of Foreign Affairs of China', ['ministry of foreign affairs of china', 'china']],
    ["Russia's legitimate concerns", ['russia']],
  ])('%j -> %j', (text, keys) => {
    expect(namedEntities(text).map((e) => e.key)).toEqual(keys);
  });
});

describe('bm25', () => {
  const q = (...terms: string[]) => terms.map((term) => ({ term, weight: 1 }));

  it('scores nothing shared as 0 and rare terms above common ones', () => {
    const docs = [['ukrain', 'sovereignty'], ['china', 'trade'], ['china', 'ukrain'], ['weather']];
    const { scores } = bm25(q('ukrain', 'china'), docs);
    expect(scores[3]).toBe(0);
    expect(scores[2]).toBeGreaterThan(scores[0]!);
    expect(scores[0]).toBeCloseTo(scores[1]!);
  });

  it('saturates term frequency and favours shorter documents', () => {
    const { scores } = bm25(q('tax'), [['tax'], ['tax', 'tax', 'tax', 'tax'], ['tax', 'a', 'b', 'c', 'd', 'e'], ['x']]);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[1]! / scores[0]!).toBeLessThan(2.2);
    expect(scores[0]).toBeGreaterThan(scores[2]!);
  });

  it('weights a term by its query weight', () => {
    const docs = [['a'], ['b'], ['c']];
    const { scores } = bm25(
      [
        { term: 'a', weight: 2 },
        { term: 'b', weight: 1 },
      ],
      docs,
    );
    expect(scores[0]).toBeCloseTo(2 * scores[1]!);
  });

  it('handles no documents and no query', () => {
    expect(bm25(q('a'), []).scores).toEqual([]);
    expect(bm25([], [['a']]).scores).toEqual([0]);
  });
});

describe('relevanceTo', () => {
  it('weights a shared name above a shared word and reports both', () => {
    const quote = 'Ukraine will decide its own future, the minister said of the talks.';
    const [byName, byWord, none] = relevanceTo(quote, [
      'The situation in Ukraine is grave.',
      'The future of the talks is grave.',
      'Trade figures rose sharply.',
    ]);
    expect(byName!.sharedEntities).toEqual(['Ukraine']);
    expect(byWord!.sharedWords).toEqual(['future', 'talks']);
    expect(byName!.score).toBeGreaterThan(0);
    expect(none).toEqual({ score: 0, strength: 0, sharedWords: [], sharedEntities: [] });
  });

  it('matches inflected forms', () => {
    const [part, all] = relevanceTo('China respects sovereignty', [
      'respecting the sovereignty',
      'China respected sovereignty',
      'unrelated words here',
    ]);
    expect(part!.sharedWords).toEqual(['respects', 'sovereignty']);
    expect(part!.strength).toBeGreaterThan(0);
    expect(all!.sharedEntities).toEqual(['China']);
    expect(all!.strength).toBeGreaterThan(part!.strength);
  });
});
