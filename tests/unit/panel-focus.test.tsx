import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/manager/Panel';

/** An Edit button that opens a panel, as the manager's statement and person rows do. */
function Row() {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button" class="edit" onClick={() => setOpen(true)}>
        Edit
      </button>
      {open && (
        <Panel title="Edit statement" onCancel={() => setOpen(false)}>
          <input class="field" />
          <button type="button" class="cancel" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </Panel>
      )}
    </div>
  );
}

afterEach(() => {
  document.body.innerHTML = '';
});

function open() {
  const host = document.body.appendChild(document.createElement('div'));
  render(<Row />, host);
  const edit = host.querySelector<HTMLButtonElement>('.edit')!;
  edit.focus();
  edit.click();
  return { host, edit };
}

describe('an editing panel', () => {
  it.each([
    [
      'Escape',
      (host: HTMLElement) =>
        host.querySelector('.field')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    ],
    ['Cancel', (host: HTMLElement) => host.querySelector<HTMLButtonElement>('.cancel')!.click()],
  ])('takes focus when it opens, and %s returns it to the Edit button', async (_how, close) => {
    const { host, edit } = open();
    await vi.waitFor(() => expect(document.activeElement?.className).toBe('field'));
    close(host);
    await vi.waitFor(() => expect(host.querySelector('.panel')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(edit));
  });
});
