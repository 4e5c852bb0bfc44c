import { describe, expect, it } from 'vitest';
import { joinLayers } from '@/lib/match/layered-people';

const p = (id: string, name: string, origin?: string) => ({ id, name, ...(origin ? { origin } : {}) });

describe('joining layers', () => {
  it.each([
    [
      'the reader’s and a subscription’s same name: one, the reader’s standing for both',
      [p('sub-a-w', 'Wang Yi', 'a'), p('w', 'Wang Yi')],
      [['w', ['sub-a-w', 'w']]],
    ],
    [
      'two subscriptions and the reader',
      [p('w', 'Wang Yi'), p('sub-a-w', 'WANG  Yi', 'a'), p('sub-b-w', 'Wang Yi', 'b')],
      [['w', ['w', 'sub-a-w', 'sub-b-w']]],
    ],
    [
      'two namesakes of the reader’s own stay apart',
      [p('w1', 'Wang Yi'), p('w2', 'Wang Yi')],
      [
        ['w1', ['w1']],
        ['w2', ['w2']],
      ],
    ],
    [
      'namesakes within one subscription stay apart',
      [p('sub-a-1', 'Li Wei', 'a'), p('sub-a-2', 'Li Wei', 'a')],
      [
        ['sub-a-1', ['sub-a-1']],
        ['sub-a-2', ['sub-a-2']],
      ],
    ],
    [
      'different names are not joined',
      [p('w', 'Wang Yi'), p('sub-a-h', 'Hua Chunying', 'a')],
      [
        ['w', ['w']],
        ['sub-a-h', ['sub-a-h']],
      ],
    ],
  ])('%s', (_what, people, expected) => {
    const joined = joinLayers(people);
    expect(joined.people.map((x) => [x.id, joined.idsOf(x.id)])).toEqual(expected);
  });
});
