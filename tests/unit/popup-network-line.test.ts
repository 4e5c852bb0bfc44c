import { describe, expect, it } from 'vitest';
import { checksLine } from '@/components/popup/network-line';

describe('the popup’s line about the network', () => {
  it.each([
    [[], null],
    [[24], 'Checks 1 subscribed address daily'],
    [[24, 24, 24], 'Checks 3 subscribed addresses daily'],
    [[24, 6], 'Checks 2 subscribed addresses, at most every 6 hours'],
    [[168], 'Checks 1 subscribed address, at most every 168 hours'],
  ])('with intervals %o says %s', (intervals, words) => {
    expect(checksLine(intervals.map((intervalHours) => ({ intervalHours })))).toBe(words);
  });
});
