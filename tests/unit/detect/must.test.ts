import { describe, expect, it } from 'vitest';
import { must } from '@/lib/detect/text/must';

describe('must', () => {
  // Falsy values are values: only a missing one (undefined) is a bug in the detector's bookkeeping.
  it.each([[0], [''], [null], [false], [Number.NaN], [[]]])('returns %j as it is', (value) => {
    expect(must(value, 'value')).toBe(value);
  });

  it('names what was missing when an index reads past its array', () => {
    const tokens = ['a', 'b'];
    expect(() => must(tokens[2], 'token')).toThrow(/no token where one must be/);
  });
});
