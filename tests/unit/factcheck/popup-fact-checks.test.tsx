import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageFactChecks } from '@/components/popup/PageFactChecks';
import { contextLine } from '@/components/popup/SpeakerRow';
import { speakerContext } from '@/lib/core/popup-speakers';
import { freshRoot } from '@/tests/support/render-root';

let host: HTMLElement;
beforeEach(() => freshRoot((el) => (host = el)));

describe('the popup and fact-checks', () => {
  it('marks a speaker whose quotes here match reviewed claims', () => {
    const context = speakerContext([
      { related: false, suggested: false, factChecked: true },
      { related: true, suggested: false, factChecked: true },
      { related: false, suggested: false },
    ]);
    expect(context.factChecked).toBe(2);
    expect(contextLine(context)).toContain('2 fact-checked');
  });

  it.each([
    [1, 'This page fact-checks 1 claim'],
    [3, 'This page fact-checks 3 claims'],
  ])('says the page fact-checks %i claim(s) and saves them on request', (count, line) => {
    const onSave = vi.fn();
    render(
      <PageFactChecks count={count} result={null} busy={false} onSave={onSave} keep={false} onToggleKeep={() => {}} />,
      host,
    );
    expect(host.textContent).toContain(line);
    host.querySelector<HTMLButtonElement>('button.save-fact-checks')?.click();
    expect(onSave).toHaveBeenCalledOnce();
  });

  it('offers only the keep switch, off, on a page without fact-checks', () => {
    const onToggleKeep = vi.fn();
    render(
      <PageFactChecks
        count={0}
        result={null}
        busy={false}
        onSave={() => {}}
        keep={false}
        onToggleKeep={onToggleKeep}
      />,
      host,
    );
    expect(host.querySelector('button')).toBeNull();
    const box = host.querySelector<HTMLInputElement>('input[role="switch"]');
    expect(box?.checked).toBe(false);
    expect(host.textContent).toContain('Keep fact-checks I read');
    box?.click();
    expect(onToggleKeep).toHaveBeenCalledWith(true);
  });
});
