// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createSubscriptionGate } from '@/lib/background/subscriptions/message-gate';
import { ALARM_PERIOD_MINUTES, SUBSCRIPTION_ALARM, syncAlarm } from '@/lib/background/subscriptions/schedule';
import { freshDb } from '../../db/helpers';
import { subscriptionRecord } from '../../db/subscription-fixtures';

const ID = 'onrecord-id';
const MANAGER = 'chrome-extension://onrecord-id/manager.html';

function gate() {
  const answer = vi.fn(async () => ({ ok: true as const, subscriptions: [] }));
  const handle = createSubscriptionGate({ extensionId: ID, pageUrls: [MANAGER], answer });
  return { answer, handle };
}

describe('the subscription gate', () => {
  it('answers the manager', async () => {
    const { answer, handle } = gate();
    const sendResponse = vi.fn();
    const kept = handle(
      { type: 'subscription/list', payload: {} },
      { id: ID, url: `${MANAGER}#subscribe=x` },
      sendResponse,
    );
    expect(kept).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, subscriptions: [] }));
    expect(answer).toHaveBeenCalledWith({ type: 'subscription/list', payload: {} });
  });

  it.each([
    ['a web page’s content script', { id: ID, url: 'https://news.example/article' }],
    ['another extension page', { id: ID, url: 'chrome-extension://onrecord-id/popup.html' }],
    ['the card frame', { id: ID, url: 'chrome-extension://dynamic-host/card.html' }],
    ['another extension', { id: 'someone-else', url: MANAGER }],
  ])('ignores %s', (_who, sender) => {
    const { answer, handle } = gate();
    const sendResponse = vi.fn();
    const message = {
      type: 'subscription/add',
      payload: { url: 'https://a.example/p.json', publicKey: null, intervalHours: 24 },
    };
    expect(handle(message, sender, sendResponse)).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it.each([
    ['subscription/add', { url: 'https://a.example/p.json', publicKey: null, intervalHours: 0 }],
    ['subscription/add', { url: 'https://a.example/p.json', publicKey: 'not a key', intervalHours: 24 }],
    ['subscription/set-interval', { id: 'x', intervalHours: 1.5 }],
    ['subscription/remove', { id: '' }],
    ['subscription/list', { extra: true }],
    ['subscription/preview', undefined],
  ])('refuses %s with %j', (type, payload) => {
    const { answer, handle } = gate();
    const sendResponse = vi.fn();
    handle({ type, payload }, { id: ID, url: MANAGER }, sendResponse);
    expect(answer).not.toHaveBeenCalled();
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'OnRecord could not read this request.' });
  });

  it('leaves other messages to other listeners', () => {
    const { handle } = gate();
    expect(handle({ type: 'settings/set', payload: {} }, { id: ID, url: MANAGER }, vi.fn())).toBeUndefined();
    expect(handle({ type: 'subscription/toString', payload: {} }, { id: ID, url: MANAGER }, vi.fn())).toBeUndefined();
  });
});

describe('the alarm', () => {
  function fakeAlarms() {
    const alarms = new Map<string, { periodInMinutes: number }>();
    return {
      alarms,
      api: {
        create: (name: string, info: { periodInMinutes: number }) => void alarms.set(name, info),
        clear: async (name: string) => alarms.delete(name),
        get: async (name: string) => alarms.get(name),
      },
    };
  }

  it('exists only while a subscription does', async () => {
    const db = freshDb();
    const { alarms, api } = fakeAlarms();
    expect(await syncAlarm(db, api)).toBe('off');
    expect(alarms.size).toBe(0);
    await db.subscriptions.put(subscriptionRecord('abc'));
    expect(await syncAlarm(db, api)).toBe('on');
    expect(alarms.get(SUBSCRIPTION_ALARM)).toMatchObject({ periodInMinutes: ALARM_PERIOD_MINUTES });
    await db.subscriptions.clear();
    expect(await syncAlarm(db, api)).toBe('off');
    expect(alarms.size).toBe(0);
  });
});
