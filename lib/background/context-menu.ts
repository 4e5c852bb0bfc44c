/**
 * The context menu's "Save as a quote in OnRecord": a browser-chrome gesture, so the page cannot fake it. The
 * background takes the selected words and page address from the click, asks the tab's content script only for
 * page facts and the text around the selection, and opens the capture window where the reader picks the speaker
 * and confirms. Nothing is written until they do.
 */
import { browser } from 'wxt/browser';
import { t } from '@/lib/core/i18n';
import type { BackgroundToContent, Message, PageInfo, SelectionContext } from '@/lib/core/protocol';
import { type CaptureDraft, putDraft } from './capture-draft';

/** The menu item's id. */
export const SAVE_QUOTE_MENU_ID = 'onrecord-save-quote';

/** What a click gives the handler (a subset of contextMenus.OnClickData and the tab). */
export interface MenuClick {
  selectionText?: string;
  pageUrl?: string;
  frameId?: number;
  tabId?: number;
  tabTitle?: string;
}

/** What the handler needs from the browser, so tests can drive it without one. */
export interface MenuDeps {
  askTab(tabId: number, message: Message<BackgroundToContent>, frameId?: number): Promise<unknown>;
  saveDraft(draft: CaptureDraft): Promise<void>;
  openChooser(draftId: string): Promise<void>;
  makeId(): string;
}

/** Whether a content script's answer is a SelectionContext worth using. */
function isContext(x: unknown): x is SelectionContext {
  const c = x as SelectionContext | null;
  return !!c && typeof c === 'object' && typeof c.prefix === 'string' && typeof c.suffix === 'string' && !!c.page;
}

/**
 * Builds the draft for a click and opens the chooser. Pages without a content script (or one that does not
 * answer) still give a draft from the click alone: words and address, no surrounding text.
 */
export async function handleSaveQuoteClick(click: MenuClick, deps: MenuDeps): Promise<CaptureDraft | null> {
  const text = click.selectionText?.trim();
  if (!text || !click.pageUrl) return null;
  const fallback: PageInfo = {
    url: click.pageUrl,
    title: click.tabTitle ?? click.pageUrl,
    outlet: null,
    publishedAt: null,
  };
  const answer =
    click.tabId === undefined
      ? null
      : await deps
          .askTab(click.tabId, { type: 'capture/selection', payload: { text } }, click.frameId)
          .catch(() => null);
  const context = isContext(answer) ? answer : null;
  const draft: CaptureDraft = {
    id: deps.makeId(),
    text,
    // The address comes from the browser, not the page: a page cannot file a quote under another site.
    page: context ? { ...context.page, url: click.pageUrl } : fallback,
    prefix: context?.prefix.slice(-200) ?? '',
    suffix: context?.suffix.slice(0, 200) ?? '',
    speaker: context?.speaker?.slice(0, 300) ?? null,
  };
  await deps.saveDraft(draft);
  await deps.openChooser(draft.id);
  return draft;
}

/** Creates the menu item and handles its clicks; call once from the background entrypoint. */
export function startSaveQuoteMenu(): void {
  // Absent where the browser offers no context menus (Firefox for Android).
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (!menus) return;
  // Recreated on every start: Firefox forgets menus with its background page, Chrome keeps them. A menu that
  // cannot be made must not stop the rest of the background, so failures are only logged.
  Promise.resolve()
    .then(() => menus.removeAll())
    .then(() => menus.create({ id: SAVE_QUOTE_MENU_ID, title: t('captureMenuTitle'), contexts: ['selection'] }))
    .catch((error: unknown) => console.warn('OnRecord: no context menu', error));
  const deps: MenuDeps = {
    askTab: (tabId, message, frameId) =>
      browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }),
    saveDraft: putDraft,
    openChooser: async (id) => {
      const url = (browser.runtime.getURL as (path: string) => string)(`/capture.html#${id}`);
      try {
        await browser.windows.create({ url, type: 'popup', width: 520, height: 640 });
      } catch {
        await browser.tabs.create({ url });
      }
    },
    makeId: () => crypto.randomUUID(),
  };
  const onClick = (
    info: { menuItemId: string | number; selectionText?: string; pageUrl?: string; frameId?: number },
    tab?: { id?: number; title?: string },
  ) => {
    if (info.menuItemId !== SAVE_QUOTE_MENU_ID) return;
    const click: MenuClick = {
      selectionText: info.selectionText,
      pageUrl: info.pageUrl,
      frameId: info.frameId,
      tabId: tab?.id,
      tabTitle: tab?.title,
    };
    handleSaveQuoteClick(click, deps).catch((error: unknown) => console.error('OnRecord: save quote failed', error));
  };
  try {
    menus.onClicked.addListener(onClick);
  } catch (error) {
    console.warn('OnRecord: no context menu', error);
  }
}
