/**
 * Which tab events the panel acts on. As a side panel it follows the tab the reader switches to in its own
 * window; opened for one tab (?tab=<id>) it stays with that tab. Either way it reads the page again when its
 * tab finishes loading. Neither event needs the 'tabs' permission for what is used here (ids and status).
 */

/** The two tab events, as both browsers (and tests) provide them. */
export interface TabEvents {
  onActivated: { addListener(listener: (info: { tabId: number; windowId: number }) => void): void };
  onUpdated: { addListener(listener: (tabId: number, change: { status?: string }) => void): void };
}

/** What the panel follows and what it does when something changes. */
export interface FollowOptions {
  /** The tab the panel was opened for, if any: tab switches are then ignored. */
  pinned?: number;
  /** The panel's own window; switches in other windows are ignored. Unknown: follow every switch. */
  windowId?: number;
  /** The tab the panel shows now. */
  currentTab(): number | undefined;
  /** The reader switched to another tab in this window. */
  onSwitch(tabId: number): void;
  /** The tab shown finished loading (a reload or a new page in it). */
  onLoaded(): void;
}

/** Listens to the tab events for the panel. */
export function followTabs(events: TabEvents, options: FollowOptions): void {
  events.onActivated.addListener(({ tabId, windowId }) => {
    if (options.pinned !== undefined) return;
    if (options.windowId !== undefined && windowId !== options.windowId) return;
    options.onSwitch(tabId);
  });
  events.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete' && tabId === options.currentTab()) options.onLoaded();
  });
}
