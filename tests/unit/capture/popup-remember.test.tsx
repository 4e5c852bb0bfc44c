import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupState } from '@/components/popup/Popup';

const state: PopupState = {
  kind: 'page',
  site: 'news.example',
  enabled: true,
  article: true,
  speakers: { speakers: [], namedOnly: [], unattributed: [] },
  stored: {},
};
const handlers = () => ({ onToggleSite: vi.fn(), onTogglePause: vi.fn(), onOpenManager: vi.fn(), onReveal: vi.fn() });

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(props: { state?: PopupState; remembering?: boolean; onToggleRemember?: (on: boolean) => void }) {
  const host = document.body.appendChild(document.createElement('div'));
  render(
    <Popup state={props.state ?? state} settings={{ paused: false, disabledSites: [] }} {...handlers()} {...props} />,
    host,
  );
  const remember = [...host.querySelectorAll<HTMLLabelElement>('label.switch')].find((l) =>
    l.textContent?.includes('Remember quotes on this site'),
  );
  return { host, remember, input: remember?.querySelector('input') ?? null };
}

describe('the popup\'s "Remember quotes on this site"', () => {
  it('is off until the reader switches it on, and says what it does', () => {
    const { remember, input } = mount({ onToggleRemember: () => {} });
    expect(remember?.textContent).toContain('saved to your library');
    expect(input?.checked).toBe(false);
  });

  it('reports the switch to the entrypoint, both ways', () => {
    const onToggleRemember = vi.fn();
    const off = mount({ onToggleRemember });
    off.input!.click();
    expect(onToggleRemember).toHaveBeenLastCalledWith(true);
    document.body.innerHTML = '';
    const on = mount({ onToggleRemember, remembering: true });
    expect(on.input!.checked).toBe(true);
    on.input!.click();
    expect(onToggleRemember).toHaveBeenLastCalledWith(false);
  });

  it('is not offered without a site, or without the action', () => {
    expect(mount({ state: { kind: 'loading' }, onToggleRemember: () => {} }).remember).toBeUndefined();
    document.body.innerHTML = '';
    expect(mount({}).remember).toBeUndefined();
  });
});
