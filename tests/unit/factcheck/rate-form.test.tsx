import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatementControls } from '@/components/manager/controls';
import { StatementItem } from '@/components/manager/StatementItem';
import { freshRoot } from '@/tests/support/render-root';

let host: HTMLElement;
beforeEach(() => freshRoot((el) => (host = el)));

const type = (input: HTMLInputElement | null | undefined, value: string) => {
  if (!input) throw new Error('no field');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('Rate… on a statement in the manager', () => {
  it('hands the rating words, the fact-checker and the link to the manager', async () => {
    const onRate = vi.fn();
    const controls: StatementControls = {
      onSelect: () => {},
      onEdit: () => {},
      onDelete: () => {},
      onDeleteRelation: () => {},
      speakerOf: () => 'Jane Roe',
      onRate,
    };
    const statement = {
      id: 's1',
      personId: 'p1',
      text: 'Crime fell by half',
      sources: [],
      tags: [],
      createdAt: '2026-01-01',
      updatedAt: '2026-01-01',
    };
    render(
      <ul>
        <StatementItem view={{ statement, relations: [] }} controls={controls} />
      </ul>,
      host,
    );
    host.querySelector<HTMLButtonElement>('button.rate')?.click();
    await new Promise((r) => setTimeout(r, 0));
    const fields = host.querySelectorAll<HTMLInputElement>('form.rate-form input');
    type(fields[0], 'Mostly false');
    type(fields[1], 'My Desk');
    type(fields[2], 'https://desk.example/crime');
    await new Promise((r) => setTimeout(r, 0));
    host.querySelector<HTMLFormElement>('form.rate-form')?.requestSubmit();
    expect(onRate).toHaveBeenCalledWith(statement, {
      verdict: 'Mostly false',
      reviewer: 'My Desk',
      url: 'https://desk.example/crime',
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(host.querySelector('form.rate-form')).toBeNull();
  });
});
