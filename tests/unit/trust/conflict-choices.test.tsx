import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictChoices } from '@/components/manager/ConflictChoices';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the import preview’s id conflicts', () => {
  it('names each conflict and lets the reader choose what Import does', () => {
    const onChoose = vi.fn();
    const conflicts = [{ id: 's1', incoming: 'Words Bob said', stored: 'Words Ann said' }];
    render(<ConflictChoices conflicts={conflicts} choice="skip" onChoose={onChoose} />, root);
    expect(root.textContent).toContain('Words Bob said');
    expect(root.textContent).toContain('Words Ann said');
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['skip', 'new', 'replace']);
    expect(radios[0]!.checked).toBe(true);
    radios[1]!.click();
    expect(onChoose).toHaveBeenCalledWith('new');
  });

  it('draws nothing without conflicts', () => {
    render(<ConflictChoices conflicts={[]} choice="skip" onChoose={() => {}} />, root);
    expect(root.innerHTML).toBe('');
  });
});
