import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictChoices } from '@/components/manager/ConflictChoices';
import { PersonConflictChoices } from '@/components/manager/PersonConflictChoices';
import { freshRoot } from '@/tests/support/render-root';

let root: HTMLElement;
beforeEach(() => freshRoot((el) => (root = el)));

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

describe('the import preview’s person / organisation conflicts', () => {
  const conflict = (id: string) => ({
    id,
    incoming: { name: 'Jo Acme', kind: 'person' as const },
    stored: { name: 'Acme Stone', kind: 'organisation' as const },
  });

  it('names both records and their kinds, and lets the reader choose what Import does', () => {
    const onChoose = vi.fn();
    render(<PersonConflictChoices conflicts={[conflict('x1')]} choice="skip" onChoose={onChoose} />, root);
    const text = root.textContent ?? '';
    for (const word of ['x1', 'Jo Acme', 'Acme Stone', '(person)', '(organisation)']) expect(text).toContain(word);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['skip', 'new', 'replace']);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    radios[2]?.click();
    expect(onChoose).toHaveBeenCalledWith('replace');
  });

  it.each([
    [1, /^1 person or organisation/],
    [3, /^3 people or organisations/],
    [25, /^25 people or organisations/],
  ])('says how many (%i) and lists at most 20', (n, heading) => {
    const conflicts = Array.from({ length: n }, (_, i) => conflict(`x${i}`));
    render(<PersonConflictChoices conflicts={conflicts} choice="skip" onChoose={() => {}} />, root);
    expect(root.querySelector('legend')?.textContent).toMatch(heading);
    expect(root.querySelectorAll('li')).toHaveLength(Math.min(n, 20));
    expect(root.textContent?.includes(`and ${n - 20} more`)).toBe(n > 20);
  });

  it('draws nothing without conflicts', () => {
    render(<PersonConflictChoices conflicts={[]} choice="skip" onChoose={() => {}} />, root);
    expect(root.innerHTML).toBe('');
  });
});
