import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { AppearancePanel, type ColourStore } from '@/components/manager/AppearancePanel';
import { DEFAULT_MARK_COLOURS, type MarkColours, parseMarkColours } from '@/lib/core/colours';

/** A store in memory that tells its watchers about every save, as the background's settings/changed does. */
function memoryStore(initial: MarkColours = DEFAULT_MARK_COLOURS) {
  let value = { ...initial };
  const watchers = new Set<(c: MarkColours) => void>();
  const saves: MarkColours[] = [];
  const store: ColourStore = {
    load: async () => ({ ...value }),
    save: async (c) => {
      value = parseMarkColours(c);
      saves.push(value);
      for (const w of watchers) w({ ...value });
      return value;
    },
    watch: (w) => {
      watchers.add(w);
      return () => watchers.delete(w);
    },
  };
  return { store, saves };
}

describe('AppearancePanel', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));

  const mount = async (store: ColourStore) => {
    await act(async () => {
      render(<AppearancePanel store={store} />, host);
    });
    await act(async () => {});
  };
  const field = (target: string) => host.querySelector<HTMLInputElement>(`#colour-${target}`)!;
  const type = async (target: string, value: string) => {
    await act(async () => {
      field(target).value = value;
      field(target).dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const reset = () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Reset to defaults')!;

  it('shows the stored colours, one field per kind and one for people', async () => {
    await mount(memoryStore({ ...DEFAULT_MARK_COLOURS, partial: '#123456' }).store);
    expect(['direct', 'partial', 'block', 'person'].map((t) => field(t).value)).toEqual([
      '#ffc828',
      '#123456',
      '#ffc828',
      '#286ec8',
    ]);
    expect(reset().disabled).toBe(false);
  });

  it('saves a valid colour at once and previews it; an invalid one is flagged and not saved', async () => {
    const { store, saves } = memoryStore();
    await mount(store);
    expect(reset().disabled).toBe(true);
    await type('direct', '#zzz');
    expect(saves).toEqual([]);
    expect(field('direct').getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('#colour-direct-error')?.textContent).toMatch(/hex colour/);
    await type('direct', '2A9D3C');
    expect(saves).toEqual([{ ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' }]);
    expect(field('direct').getAttribute('aria-invalid')).toBe('false');
    // The reader's own typing stays in the field while it says the saved colour.
    expect(field('direct').value).toBe('2A9D3C');
    const preview = host.querySelector<HTMLElement>('[data-preview="direct"]')!;
    expect(preview.style.backgroundColor).not.toBe('');
    expect(host.querySelector('[data-preview="direct"]')?.getAttribute('style')).toMatch(/42, ?157, ?60|2a9d3c/i);
  });

  it('warns about a colour hard to see and resets everything to the defaults', async () => {
    const { store, saves } = memoryStore();
    await mount(store);
    await type('block', '#fffbe0');
    expect(host.querySelector('.warnings')?.textContent).toMatch(/Block quotations: hard to see on light pages/);
    await act(async () => reset().click());
    expect(saves.at(-1)).toEqual(DEFAULT_MARK_COLOURS);
    expect(host.querySelector('.warnings')).toBeNull();
    expect(field('block').value).toBe('#ffc828');
  });

  it('follows a change made in another tab', async () => {
    const a = memoryStore();
    await mount(a.store);
    await act(async () => {
      await a.store.save({ ...DEFAULT_MARK_COLOURS, person: '#000000' });
    });
    expect(field('person').value).toBe('#000000');
  });
});
