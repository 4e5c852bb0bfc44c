import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { canOpenSidePanel, openSidePanel } from '@/lib/popup/open-panel';

describe('the popup\'s "Open side panel"', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));
  const draw = (onOpenSidePanel?: () => void) =>
    render(
      <Popup
        state={{ kind: 'unscriptable' }}
        settings={null}
        onToggleSite={() => {}}
        onTogglePause={() => {}}
        onOpenManager={() => {}}
        onReveal={() => {}}
        onOpenSidePanel={onOpenSidePanel}
      />,
      host,
    );
  const button = () =>
    Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Open side panel') ?? null;

  it('is offered where the browser has a side panel, and opens it on click', () => {
    const open = vi.fn();
    draw(open);
    button()?.click();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('is not offered where the browser has none', () => {
    draw();
    expect(button()).toBeNull();
  });
});

describe('openSidePanel', () => {
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = { browser: scope.browser, chrome: scope.chrome };
  afterEach(() => {
    scope.browser = saved.browser;
    scope.chrome = saved.chrome;
  });

  it("uses Chrome's sidePanel.open with the popup's window", async () => {
    const open = vi.fn(async () => {});
    scope.browser = undefined;
    scope.chrome = { sidePanel: { open } };
    expect(canOpenSidePanel()).toBe(true);
    await openSidePanel(7);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it("uses Firefox's sidebarAction.open", async () => {
    const open = vi.fn(async () => {});
    scope.browser = { sidebarAction: { open } };
    scope.chrome = undefined;
    expect(canOpenSidePanel()).toBe(true);
    await openSidePanel(undefined);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('refuses where there is neither, or no window to open it in', async () => {
    scope.browser = undefined;
    scope.chrome = undefined;
    expect(canOpenSidePanel()).toBe(false);
    await expect(openSidePanel(1)).rejects.toThrow(/no side panel/);
    scope.chrome = { sidePanel: { open: vi.fn() } };
    await expect(openSidePanel(undefined)).rejects.toThrow(/no side panel/);
  });
});
