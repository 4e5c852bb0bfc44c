import { describe, expect, it } from 'vitest';
import { filterStatements, NO_FILTER } from '@/components/manager/filters';
import { isSubscribed, MINE, matchesOrigin, originLabel } from '@/components/manager/origin';
import {
  describeCounts,
  formatBytes,
  intervalChoices,
  intervalLabel,
  subscriptionName,
  totalRecords,
} from '@/components/manager/subscription-labels';
import { withSubscription } from '@/components/manager/use-subscriptions-view';
import type { LibraryData } from '@/lib/core/library-model';
import type { Statement } from '@/lib/core/records';
import { subscriptionClient } from '@/lib/core/subscription-client';
import { subscribeLinkUrl } from '@/lib/manager/subscribe-link';
import { makeSubscription } from '@/tests/support/fake-subscriptions';

describe('subscribe links', () => {
  it.each([
    ['#subscribe=https://desk.example/a.onrecord.json', 'https://desk.example/a.onrecord.json'],
    ['#subscribe=https%3A%2F%2Fdesk.example%2Fa.onrecord.json', 'https://desk.example/a.onrecord.json'],
    ['subscribe=http://127.0.0.1:8080/p.json', 'http://127.0.0.1:8080/p.json'],
    ['#subscribe=https://desk.example/a.json?v=2#x', 'https://desk.example/a.json?v=2#x'],
    ['#subscribe=javascript:alert(1)', null],
    ['#subscribe=file:///etc/passwd', null],
    ['#subscribe=', null],
    ['#subscribe=not a url', null],
    ['#person=p-1', null],
    ['', null],
  ])('%s gives %s', (hash, expected) => {
    expect(subscribeLinkUrl(hash)).toBe(expected);
  });
});

describe('the words for a subscription', () => {
  it.each([
    [999, '999 bytes'],
    [1, '1 byte'],
    [12_500, '12.5 KB'],
    [3_240_000, '3.2 MB'],
    [52_428_800, '52.4 MB'],
  ])('%d bytes read as %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });

  it.each([
    [24, 'Every day'],
    [168, 'Every week'],
    [6, 'Every 6 hours'],
    [1, 'Every 1 hour'],
  ])('an interval of %d hours reads %s', (hours, words) => {
    expect(intervalLabel(hours)).toBe(words);
  });

  it.each([
    [24, [6, 12, 24, 168]],
    [48, [6, 12, 24, 48, 168]],
  ])('the interval menu for %d hours keeps it among the choices', (hours, choices) => {
    expect(intervalChoices(hours)).toEqual(choices);
  });

  it.each([
    [{ people: 1, statements: 2, relations: 0, reviews: 0 }, '3 records (1 person, 2 statements and 0 relations)'],
    [
      { people: 2, statements: 5, relations: 1, reviews: 3 },
      '11 records (2 people, 5 statements, 1 relation and 3 fact-checks)',
    ],
  ])('counts %o read as %s', (counts, words) => {
    expect(describeCounts(counts)).toBe(words);
    expect(describeCounts(counts).startsWith(`${totalRecords(counts)} records`)).toBe(true);
  });

  it('names a pack by its title, or by its address when the title is blank', () => {
    expect(subscriptionName(makeSubscription())).toBe('Desk library');
    expect(subscriptionName(makeSubscription({ meta: { title: '  ' } }))).toBe(
      'https://desk.example/library.onrecord.json',
    );
  });

  it('puts an updated subscription in its place and a new one first', () => {
    const a = makeSubscription({ id: 'a' });
    const b = makeSubscription({ id: 'b' });
    const a2 = { ...a, intervalHours: 6 };
    expect(withSubscription([a, b], a2)).toEqual([a2, b]);
    const c = makeSubscription({ id: 'c' });
    expect(withSubscription([a, b], c).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('origins', () => {
  const names = new Map([['sub-1', 'Desk library']]);
  it.each([
    [undefined, 'Mine'],
    ['sub-1', 'From Desk library'],
    ['sub-gone', 'From a removed subscription'],
  ])('a record from %s reads %s', (origin, words) => {
    expect(originLabel(origin, names)).toBe(words);
    expect(isSubscribed({ origin })).toBe(origin !== undefined);
  });

  it.each([
    ['', undefined, true],
    ['', 'sub-1', true],
    [MINE, undefined, true],
    [MINE, 'sub-1', false],
    ['sub-1', 'sub-1', true],
    ['sub-1', 'sub-2', false],
    ['sub-1', undefined, false],
  ])('the origin filter %s lets a record from %s through: %s', (wanted, origin, expected) => {
    expect(matchesOrigin(origin, wanted)).toBe(expected);
  });

  it('filters the library by origin', () => {
    const at = '2026-01-01T00:00:00Z';
    const s = (id: string, origin?: string): Statement => ({
      id,
      personId: 'p',
      text: id,
      sources: [],
      tags: [],
      createdAt: at,
      updatedAt: at,
      ...(origin ? { origin } : {}),
    });
    const data: LibraryData = { people: [], statements: [s('mine'), s('a', 'sub-1'), s('b', 'sub-2')], relations: [] };
    expect([...filterStatements(data, { ...NO_FILTER, origin: MINE }, null)]).toEqual(['mine']);
    expect([...filterStatements(data, { ...NO_FILTER, origin: 'sub-2' }, null)]).toEqual(['b']);
    expect(filterStatements(data, NO_FILTER, null).size).toBe(3);
  });
});

describe('the subscription client', () => {
  it('turns a failed answer into an error carrying the background’s words', async () => {
    const client = subscriptionClient(async () => ({ ok: false, error: 'Only https addresses.' }) as never);
    await expect(client.preview('http://x.example/p.json')).rejects.toThrow('Only https addresses.');
  });

  it('says when the background did not answer', async () => {
    const client = subscriptionClient(async () => undefined);
    await expect(client.list()).rejects.toThrow("OnRecord's background did not answer");
  });

  it('resolves a failed update with its error and the subscription as kept', async () => {
    const kept = makeSubscription({ lastError: 'Corrupt pack' });
    const client = subscriptionClient(async () => ({ ok: false, error: 'Corrupt pack', subscription: kept }) as never);
    await expect(client.updateNow('sub-1')).resolves.toEqual({ ok: false, error: 'Corrupt pack', subscription: kept });
  });
});
