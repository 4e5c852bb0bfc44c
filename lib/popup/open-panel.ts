/**
 * Opens the side panel from a click in the popup. Both browsers only open it during the reader's own gesture,
 * so the call is made at once in the click handler, with a window id read earlier: Chrome's
 * sidePanel.open({ windowId }), Firefox's sidebarAction.open().
 */

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

function apis(): PanelApis {
  const scope = globalThis as unknown as { browser?: PanelApis; chrome?: PanelApis };
  return { sidebarAction: scope.browser?.sidebarAction, sidePanel: scope.chrome?.sidePanel };
}

/** Whether this browser can open the panel from the popup. */
export function canOpenSidePanel(): boolean {
  const { sidePanel, sidebarAction } = apis();
  return !!sidebarAction?.open || !!sidePanel?.open;
}

/** Opens the panel in `windowId` (Chrome needs it; Firefox opens it in the current window). */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidebarAction?.open) return sidebarAction.open();
  if (sidePanel?.open && windowId !== undefined) return sidePanel.open({ windowId });
  return Promise.reject(new Error('no side panel in this browser'));
}
