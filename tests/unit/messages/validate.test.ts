import { describe, expect, it, vi } from 'vitest';
import { createContentGate, type GateResponse, MAX_MESSAGE_CHARS, parseContentMessage } from '@/lib/core/validate';

const NONCE = '0123456789abcdef0123';
const show = () => ({
  type: 'card/show',
  payload: {
    nonce: NONCE,
    quote: { id: 'q1', text: 'Ukraine is no exception.', kind: 'direct', speaker: 'Wang Yi', prefix: 'a', suffix: 'b' },
    page: { url: 'https://www.newsweek.com/x', title: 'T', outlet: 'Newsweek', publishedAt: '2022-02-24' },
    people: [{ name: 'Wang Yi', role: null, aliases: ['Wang'], kind: 'person' }],
  },
});

/** What a 'card/prefetch' carries: the show's page data, without a card frame's nonce. */
function prefetchPayload() {
  const { nonce: _, ...rest } = show().payload;
  return rest;
}

/** A card/show message with one value replaced at a dotted path. */
function showWith(path: string, value: unknown): unknown {
  const message = show() as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node = message;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return message;
}

describe('parseContentMessage', () => {
  it.each([
    ['card/show', show()],
    ['card/hide', { type: 'card/hide', payload: { nonce: NONCE } }],
    ['card/prefetch', { type: 'card/prefetch', payload: prefetchPayload() }],
  ])('accepts a well-formed %s', (_label, message) => {
    expect(parseContentMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    ['null', null, 'not a message object'],
    ['a string', 'card/show', 'not a message object'],
    ['an array', [1], 'not a message object'],
    ['unknown type', { type: 'library/dump', payload: {} }, 'unknown message type'],
    ['inherited type name', { type: 'toString', payload: {} }, 'unknown message type'],
    ['extra top-level field', { ...show(), extra: 1 }, 'unexpected field extra'],
    ['bad nonce', showWith('payload.nonce', 'x'), 'card/show: nonce'],
    ['nonce with markup', { type: 'card/hide', payload: { nonce: '<img src=x>0123456789' } }, 'card/hide: nonce'],
    ['extra payload field', showWith('payload.library', []), 'card/show'],
    ['unknown quote kind', showWith('payload.quote.kind', 'rumour'), 'card/show: quote.kind'],
    ['empty quote', showWith('payload.quote.text', ''), 'card/show: quote.text'],
    ['non-web page url', showWith('payload.page.url', 'javascript:alert(1)'), 'card/show: page.url'],
    ['person without name', showWith('payload.people', [{ role: null, aliases: [], kind: 'person' }]), 'card/show'],
    ['too many people', showWith('payload.people', Array(201).fill(show().payload.people[0])), 'card/show: people'],
    ['oversized', showWith('payload.quote.text', 'x'.repeat(MAX_MESSAGE_CHARS)), 'too large'],
    ['prefetch with a nonce', { type: 'card/prefetch', payload: show().payload }, 'card/prefetch'],
    [
      'prefetch with a non-web page url',
      {
        type: 'card/prefetch',
        payload: { ...prefetchPayload(), page: { ...show().payload.page, url: 'file:///etc/passwd' } },
      },
      'card/prefetch: page.url',
    ],
  ])('refuses %s', (_label, message, error) => {
    const parsed = parseContentMessage(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });

  it('refuses what cannot be serialised', () => {
    const loop: Record<string, unknown> = { type: 'card/hide' };
    loop.payload = loop;
    expect(parseContentMessage(loop)).toEqual({ ok: false, error: 'not plain data' });
  });
});

describe('createContentGate', () => {
  const fromPage = { tab: { id: 7 }, url: 'https://example.org/article' };
  const isExtensionPage = (url: string | undefined) => !!url?.startsWith('chrome-extension:');

  it('answers a valid message through its handler, asynchronously', async () => {
    const handler = vi.fn(async (payload: { nonce: string }) => `hidden ${payload.nonce}`);
    const gate = createContentGate({ 'card/hide': handler }, isExtensionPage);
    const responses: GateResponse[] = [];
    const kept = gate({ type: 'card/hide', payload: { nonce: NONCE } }, fromPage, (r) => responses.push(r));
    expect(kept).toBe(true);
    await vi.waitFor(() => expect(responses).toEqual([{ ok: true, result: `hidden ${NONCE}` }]));
    expect(handler).toHaveBeenCalledWith({ nonce: NONCE }, fromPage);
  });

  it('refuses a malformed message without calling the handler', () => {
    const handler = vi.fn();
    const respond = vi.fn();
    const gate = createContentGate({ 'card/hide': handler }, isExtensionPage);
    expect(gate({ type: 'card/hide', payload: { nonce: 5 } }, fromPage, respond)).toBeUndefined();
    expect(respond).toHaveBeenCalledWith({ ok: false, error: expect.stringContaining('nonce') });
    expect(handler).not.toHaveBeenCalled();
  });

  it('reports a handler failure as a refusal', async () => {
    const gate = createContentGate(
      {
        'card/hide': () => {
          throw new Error('boom');
        },
      },
      isExtensionPage,
    );
    const respond = vi.fn();
    gate({ type: 'card/hide', payload: { nonce: NONCE } }, fromPage, respond);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ ok: false, error: 'boom' }));
  });

  it.each([
    ['an extension page', { tab: { id: 7 }, url: 'chrome-extension://abc/manager.html' }],
    ['no tab', { url: 'https://example.org/' }],
  ])('leaves messages from %s to other listeners', (_label, sender) => {
    const respond = vi.fn();
    const gate = createContentGate({ 'card/hide': vi.fn() }, isExtensionPage);
    expect(gate({ type: 'anything' }, sender, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
  });

  it('passes valid messages it has no handler for to other listeners', () => {
    const respond = vi.fn();
    expect(createContentGate({}, isExtensionPage)(show(), fromPage, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
  });
});
