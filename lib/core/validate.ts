/**
 * The background's gate for content-script messages. A content script runs inside pages we do not trust (a
 * compromised renderer can send anything), so every message is checked for size, type and shape before
 * anything acts on it; unknown, malformed and oversized messages are refused with a reason.
 */
import * as v from 'valibot';
import { isPlainJson, MAX_PAGE_REVIEWS } from '@/lib/factcheck/shapes';
import { type ContentToBackground, EVIDENCE_WAYS, type Message } from './protocol';
import { RELATION_TYPES } from './records';
import { cleanText, isWellFormed } from './unicode';

/** Far above a real card message (one quote, its page, a few dozen people), far below a harmful one. */
export const MAX_MESSAGE_CHARS = 64 * 1024;

/**
 * The longest text one 'page/detect' carries. The content script sends an article part by part (each part is
 * at most 50,000 characters, lib/page/dom/chunks.ts); this leaves room for a long article read whole.
 */
export const MAX_DETECT_TEXT = 300_000;

/** The most block quotations one 'page/detect' names; a real article has a handful. */
export const MAX_DETECT_BLOCK_QUOTES = 2_000;

/** A 'page/detect' message as JSON: every character of the text escaped at worst, plus its spans. */
const MAX_DETECT_MESSAGE_CHARS = MAX_DETECT_TEXT * 6 + MAX_DETECT_BLOCK_QUOTES * 40 + 1_000;

/** The most quotes one 'capture/remember' carries; a content script sends a long page in batches. */
export const MAX_REMEMBER_QUOTES = 25;

/**
 * Every string a page sent, made well-formed (lone surrogates become U+FFFD, NUL is dropped) before any check
 * or handler sees it: such text throws in `encodeURIComponent` and cannot be exported as UTF-8.
 */
const str = () => v.pipe(v.string(), v.transform(cleanText));
const text = (max: number) => v.pipe(str(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
const nonce = v.pipe(str(), v.regex(/^[0-9a-f]{16,64}$/));
const kind = v.picklist(['person', 'organisation']);

const EvidenceSchema = v.strictObject({
  way: v.picklist(EVIDENCE_WAYS),
  cue: nullableText(200),
  sentencesBack: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000)),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

const PageQuoteSchema = v.strictObject({
  id: text(100),
  text: v.pipe(str(), v.minLength(1), v.maxLength(10_000)),
  kind: v.picklist(['direct', 'partial', 'block', 'term']),
  speaker: nullableText(300),
  prefix: text(1_000),
  suffix: text(1_000),
  evidence: v.optional(EvidenceSchema),
});

const PageInfoSchema = v.strictObject({
  url: v.pipe(text(4_000), v.regex(/^https?:\/\//i)),
  title: text(2_000),
  outlet: nullableText(300),
  publishedAt: nullableText(40),
});

const PagePersonSchema = v.strictObject({
  name: v.pipe(str(), v.minLength(1), v.maxLength(300)),
  role: nullableText(300),
  aliases: v.pipe(v.array(text(300)), v.maxLength(50)),
  kind,
});

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_DETECT_TEXT));

// A lone surrogate is not text a page shows; detection's offsets assume well-formed UTF-16.
const wellFormed = v.check(isWellFormed, 'not a well-formed string');

const PageDetectSchema = v.pipe(
  v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_DETECT_TEXT), wellFormed),
    blockQuotes: v.pipe(v.array(v.strictObject({ start: offset, end: offset })), v.maxLength(MAX_DETECT_BLOCK_QUOTES)),
    // text() makes the language well-formed already.
    lang: v.nullable(text(100)),
  }),
  v.check(
    (p) => p.blockQuotes.every((span) => span.start <= span.end && span.end <= p.text.length),
    'a block quotation lies outside the text',
  ),
);

/** One schema per message type; a message added to the protocol without a schema fails to compile. */
const payloadSchemas: { [K in keyof ContentToBackground]: v.GenericSchema<unknown, ContentToBackground[K]> } = {
  'card/show': v.strictObject({
    nonce,
    quote: PageQuoteSchema,
    page: PageInfoSchema,
    people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
  }),
  'card/hide': v.strictObject({ nonce }),
  'card/prefetch': v.strictObject({
    quote: PageQuoteSchema,
    page: PageInfoSchema,
    people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
  }),
  'capture/remember': v.strictObject({
    page: PageInfoSchema,
    quotes: v.pipe(v.array(PageQuoteSchema), v.maxLength(MAX_REMEMBER_QUOTES)),
    people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
  }),
  'capture/remember-status': v.strictObject({}),
  'settings/page': v.strictObject({}),
  'page/detect': PageDetectSchema,
  'factcheck/found': v.strictObject({
    items: v.pipe(
      v.array(v.unknown()),
      v.minLength(1),
      v.maxLength(MAX_PAGE_REVIEWS),
      v.check((items) => isPlainJson(items, 16), 'nests too deep or carries a forbidden key'),
    ),
  }),
};

const CardSaveSchema = v.strictObject({
  quote: PageQuoteSchema,
  page: PageInfoSchema,
  people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
  speaker: v.optional(v.pipe(str(), v.minLength(1), v.maxLength(300))),
});

/**
 * Checks the card's 'card/save' payload. It comes from the card frame, but what it carries came from a content
 * script inside an untrusted page, so it gets the same checks as a content message before anything is stored.
 */
export function parseCardSave(
  raw: unknown,
): { ok: true; payload: v.InferOutput<typeof CardSaveSchema> } | { ok: false; error: string } {
  const result = v.safeParse(CardSaveSchema, raw);
  if (result.success) return { ok: true, payload: result.output };
  return { ok: false, error: `card/save: ${v.getDotPath(result.issues[0]) ?? 'payload'}: ${result.issues[0].message}` };
}

/** A checked content-script message, or why it was refused. */
export type ParsedContentMessage = { ok: true; message: Message<ContentToBackground> } | { ok: false; error: string };

/** Checks one raw message from a content script: size first (cheap), then type, then payload shape. */
export function parseContentMessage(raw: unknown): ParsedContentMessage {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, error: 'not plain data' };
  }
  // Only a page's text may be long; every other message keeps the small cap.
  const detecting = !!raw && typeof raw === 'object' && (raw as { type?: unknown }).type === 'page/detect';
  if (size > (detecting ? MAX_DETECT_MESSAGE_CHARS : MAX_MESSAGE_CHARS))
    return { ok: false, error: `too large (${size} characters)` };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'not a message object' };
  const { type, payload, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { ok: false, error: `unexpected field ${Object.keys(rest)[0]}` };
  if (typeof type !== 'string' || !Object.hasOwn(payloadSchemas, type))
    return { ok: false, error: `unknown message type ${JSON.stringify(type)?.slice(0, 60)}` };
  const result = v.safeParse(payloadSchemas[type as keyof ContentToBackground], payload);
  if (!result.success) {
    const issue = result.issues[0];
    const at = v.getDotPath(issue) ?? 'payload';
    return { ok: false, error: `${type}: ${at}: ${issue.message}` };
  }
  return { ok: true, message: { type, payload: result.output } as Message<ContentToBackground> };
}

/** Who sent a runtime message, as far as the gate cares. */
export interface GateSender {
  tab?: { id?: number };
  url?: string;
  id?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
}

/** Background handlers for content messages it answers itself; messages without one pass to other listeners. */
export type ContentHandlers = {
  [K in keyof ContentToBackground]?: (payload: ContentToBackground[K], sender: GateSender) => unknown;
};

/** What a content script gets back: a result, or why its message was refused. */
export type GateResponse = { ok: true; result: unknown } | { ok: false; error: string };

/**
 * A runtime.onMessage listener that checks every content-script message before a handler sees it. Messages
 * from extension pages (card frame, popup, manager) are not content messages and are left alone. Answers
 * with sendResponse and `return true`, which both browsers and WXT's fake browser honour.
 */
export function createContentGate(handlers: ContentHandlers, isExtensionPage: (url: string | undefined) => boolean) {
  return (raw: unknown, sender: GateSender, sendResponse: (response: GateResponse) => void): true | undefined => {
    if (!sender.tab || isExtensionPage(sender.url)) return undefined;
    const parsed = parseContentMessage(raw);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return undefined;
    }
    const handler = handlers[parsed.message.type] as ((payload: unknown, s: GateSender) => unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(parsed.message.payload, sender))
      .then(
        (result) => sendResponse({ ok: true, result }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

const shown = {
  quote: PageQuoteSchema,
  page: PageInfoSchema,
  people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
};
const statementId = v.pipe(str(), v.minLength(1), v.maxLength(200));
const tensionKey = v.pipe(str(), v.regex(/^(pair|quote):[^\s]{1,500}$/));

/** The card's suggestion actions, one schema each; as with Save, what they carry came through a page. */
const CardActionSchemas = {
  'card/relate': v.strictObject({
    ...shown,
    speaker: v.optional(v.pipe(str(), v.minLength(1), v.maxLength(300))),
    statementId,
    type: v.picklist(RELATION_TYPES),
    note: v.pipe(str(), v.maxLength(2_000)),
  }),
  'card/dismiss': v.strictObject({ ...shown, statementId, key: tensionKey }),
  'card/undismiss': v.strictObject({ ...shown, key: tensionKey }),
  'card/list-people': v.strictObject({ quoteId: text(100) }),
  'card/choose-speaker': v.strictObject({
    ...shown,
    personId: v.nullable(statementId),
    newName: v.optional(v.pipe(str(), v.trim(), v.minLength(1), v.maxLength(300))),
  }),
};

/** A checked card action: relate, dismiss, undo a dismissal, list the people or choose the speaker. */
export type CardAction = {
  [K in keyof typeof CardActionSchemas]: { type: K; payload: v.InferOutput<(typeof CardActionSchemas)[K]> };
}[keyof typeof CardActionSchemas];

/** Checks a message a card frame sent for a card action; null when it is not one, an error when malformed. */
export function parseCardAction(raw: unknown): { ok: true; action: CardAction } | { ok: false; error: string } | null {
  const m = raw as { type?: unknown; payload?: unknown } | undefined;
  if (typeof m?.type !== 'string' || !Object.hasOwn(CardActionSchemas, m.type)) return null;
  const type = m.type as keyof typeof CardActionSchemas;
  const result = v.safeParse(CardActionSchemas[type], m.payload);
  if (result.success) return { ok: true, action: { type, payload: result.output } as CardAction };
  return { ok: false, error: `${type}: ${v.getDotPath(result.issues[0]) ?? 'payload'}: ${result.issues[0].message}` };
}

/** The most quotes one 'panel/lookup' asks about: the panel asks for what is on screen, not the whole page. */
export const MAX_PANEL_QUOTES = 20;

/** The largest 'panel/lookup' payload: room for a screenful of long quotes; the panel splits larger batches. */
export const MAX_PANEL_CHARS = MAX_MESSAGE_CHARS * 4;

const PanelLookupSchema = v.strictObject({
  page: PageInfoSchema,
  people: v.pipe(v.array(PagePersonSchema), v.maxLength(200)),
  quotes: v.pipe(v.array(PageQuoteSchema), v.minLength(1), v.maxLength(MAX_PANEL_QUOTES)),
});

/**
 * Checks the side panel's 'panel/lookup' payload. The panel is trusted, but what it carries is what a content
 * script inside an untrusted page answered, so it gets the content checks (and a size cap for the batch).
 */
export function parsePanelLookup(
  raw: unknown,
): { ok: true; payload: v.InferOutput<typeof PanelLookupSchema> } | { ok: false; error: string } {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, error: 'not plain data' };
  }
  if (size > MAX_PANEL_CHARS) return { ok: false, error: `too large (${size} characters)` };
  const result = v.safeParse(PanelLookupSchema, raw);
  if (result.success) return { ok: true, payload: result.output };
  return {
    ok: false,
    error: `panel/lookup: ${v.getDotPath(result.issues[0]) ?? 'payload'}: ${result.issues[0].message}`,
  };
}
