/**
 * The side panel's Save, Relate and Choose speaker: the same card messages, sent by the panel page as
 * 'panel/card-action' and answered by the same code as the card's port (answerCardSave, answerCardAction),
 * so a click in the panel and in the card do the same. Only the extension's own side panel page is heard;
 * what the message carries came from a page through the panel, so it gets the card's checks.
 */
import { browser } from 'wxt/browser';
import { answerCardSave } from '@/lib/background/card-save-port';
import { answerCardAction } from '@/lib/background/card-suggest';
import { isOwnPage } from '@/lib/background/own-page';
import { PANEL_PAGE, type PanelSender } from '@/lib/background/panel-lookup';
import type { BackgroundToCard, Message, PanelActionResponse, PanelToBackground } from '@/lib/core/protocol';
import { type CardAction, parseCardAction, parseCardSave } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';

/** A checked panel action: a Save, or one of the card's other actions. */
export type PanelAction =
  | { type: 'card/save'; payload: Extract<ReturnType<typeof parseCardSave>, { ok: true }>['payload'] }
  | CardAction;

/** Checks the card message inside a 'panel/card-action'; an error names what was wrong. */
export function parsePanelAction(raw: unknown): { ok: true; action: PanelAction } | { ok: false; error: string } {
  const m = raw as { type?: unknown; payload?: unknown } | undefined;
  if (m?.type === 'card/save') {
    const saved = parseCardSave(m.payload);
    return saved.ok ? { ok: true, action: { type: 'card/save', payload: saved.payload } } : saved;
  }
  const parsed = parseCardAction(raw);
  if (!parsed) return { ok: false, error: `not a panel action: ${String(m?.type)}` };
  return parsed;
}

/** What the handler needs, so tests can drive it without a browser. */
export interface PanelActionDeps {
  extensionId: string;
  panelUrl: string;
  /** Does the action, posting what a card would be sent. */
  answer(action: PanelAction, post: (message: Message<BackgroundToCard>) => void): Promise<void>;
}

/**
 * A runtime.onMessage listener for 'panel/card-action'; leaves every other message and sender alone. Answers
 * with every reply the card would have had, in order, once the action is done.
 */
export function createPanelActions(deps: PanelActionDeps) {
  return (
    raw: unknown,
    sender: PanelSender,
    sendResponse: (response: PanelActionResponse) => void,
  ): true | undefined => {
    const message = raw as Partial<Message<PanelToBackground>> | undefined;
    if (message?.type !== 'panel/card-action') return undefined;
    if (sender.id !== deps.extensionId || !isOwnPage(sender.url, deps.panelUrl)) return undefined;
    const parsed = parsePanelAction(message.payload);
    if (!parsed.ok) {
      sendResponse({ ok: false, error: parsed.error });
      return undefined;
    }
    const answers: Message<BackgroundToCard>[] = [];
    deps
      .answer(parsed.action, (m) => answers.push(m))
      .then(
        () => sendResponse({ ok: true, answers }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
}

/** Answers the side panel's card actions in the background; call once from the background entrypoint. */
export function startPanelActions(db: OnRecordDb): void {
  const handle = createPanelActions({
    extensionId: browser.runtime.id,
    panelUrl: (browser.runtime.getURL as (path: string) => string)(PANEL_PAGE),
    answer: (action, post) =>
      action.type === 'card/save' ? answerCardSave(db, action.payload, post) : answerCardAction(db, action, post),
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) =>
    handle(raw, sender, sendResponse),
  );
}
