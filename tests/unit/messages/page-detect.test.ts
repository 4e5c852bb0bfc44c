import { describe, expect, it, vi } from 'vitest';
import { detectForPage } from '@/lib/background/page-detect';
import {
  createContentGate,
  type GateResponse,
  MAX_DETECT_BLOCK_QUOTES,
  MAX_DETECT_TEXT,
  parseContentMessage,
} from '@/lib/core/validate';
import { detect } from '@/lib/detect/index';

const TEXT = '"Ukraine is no exception," Foreign Minister Wang Yi said in Munich.\n\nHe spoke for an hour.';
const message = (payload: Record<string, unknown>) => ({
  type: 'page/detect',
  payload: { text: TEXT, blockQuotes: [], lang: 'en', ...payload },
});

describe("'page/detect' in the content gate", () => {
  it.each([
    ['plain text', message({})],
    ['no declared language', message({ lang: null })],
    ['a block quotation inside the text', message({ blockQuotes: [{ start: 0, end: TEXT.length }] })],
    ['the longest text allowed', message({ text: 'a'.repeat(MAX_DETECT_TEXT) })],
  ])('accepts %s', (_label, raw) => {
    expect(parseContentMessage(raw)).toEqual({ ok: true, message: raw });
  });

  it.each([
    ['text over the cap', message({ text: 'a'.repeat(MAX_DETECT_TEXT + 1) }), 'page/detect: text'],
    ['a lone surrogate', message({ text: `a\ud800b` }), 'page/detect: text'],
    ['a span past the end', message({ blockQuotes: [{ start: 0, end: TEXT.length + 1 }] }), 'outside the text'],
    ['a reversed span', message({ blockQuotes: [{ start: 5, end: 2 }] }), 'outside the text'],
    ['a fractional offset', message({ blockQuotes: [{ start: 0.5, end: 2 }] }), 'page/detect: blockQuotes'],
    ['a negative offset', message({ blockQuotes: [{ start: -1, end: 2 }] }), 'page/detect: blockQuotes'],
    [
      'too many block quotations',
      message({ blockQuotes: Array(MAX_DETECT_BLOCK_QUOTES + 1).fill({ start: 0, end: 1 }) }),
      'page/detect: blockQuotes',
    ],
    ['a missing language field', { type: 'page/detect', payload: { text: TEXT, blockQuotes: [] } }, 'page/detect'],
    ['an extra field', message({ library: true }), 'page/detect'],
    ['a text of another type', message({ text: 42 }), 'page/detect: text'],
  ])('refuses %s', (_label, raw, error) => {
    const parsed = parseContentMessage(raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });

  it('keeps the small cap for every other message', () => {
    const raw = { type: 'card/hide', payload: { nonce: 'a'.repeat(200_000) } };
    expect(parseContentMessage(raw)).toMatchObject({ ok: false, error: expect.stringContaining('too large') });
  });

  it('answers a tab with the detection the same text gets in place', async () => {
    const gate = createContentGate({ 'page/detect': detectForPage }, () => false);
    const respond = vi.fn<(r: GateResponse) => void>();
    expect(gate(message({}), { tab: { id: 3 }, url: 'https://example.org/a' }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalled());
    const answer = respond.mock.calls[0]?.[0];
    expect(answer).toEqual({ ok: true, result: detect(TEXT, { blockQuotes: [], lang: 'en' }) });
    expect(answer?.ok && (answer.result as ReturnType<typeof detect>).quotes[0]?.speaker).toBe('Wang Yi');
  });

  it.each([
    ['an extension page', { tab: { id: 3 }, url: 'chrome-extension://abc/popup.html' }],
    ['a sender outside any tab', { url: 'https://example.org/a' }],
  ])('is not answered for %s', (_label, sender) => {
    const handler = vi.fn(detectForPage);
    const gate = createContentGate({ 'page/detect': handler }, (url) => !!url?.startsWith('chrome-extension:'));
    const respond = vi.fn();
    expect(gate(message({}), sender, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("the content script's 'page/detect' message", () => {
  it('makes a page text with lone surrogates one the gate accepts, offsets unchanged', async () => {
    const { detectMessage } = await import('@/lib/page/remote-detect');
    const text = '"We will never \ud800 accept it," said Sura Gate.\udc00';
    const sent = detectMessage({ text, blockQuotes: [{ start: 0, end: 10 }], lang: 'en' });
    const payload = sent.payload as { text: string };
    expect(payload.text).toHaveLength(text.length);
    expect(payload.text).toBe(text.replace('\ud800', '\ufffd').replace('\udc00', '\ufffd'));
    expect(parseContentMessage(sent)).toEqual({ ok: true, message: sent });
    expect(parseContentMessage({ ...sent, payload: { ...sent.payload, text } })).toMatchObject({ ok: false });
  });
});
