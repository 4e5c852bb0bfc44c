import { beforeEach, describe, expect, it } from 'vitest';
import { compareReadingOrder, quoteStops, stepFrom } from '@/lib/page/dom/navigate';

const quote = (id: string, text: string, first = true) =>
  `<onrecord-mark data-onrecord="quote" data-onrecord-id="${id}"${first ? ' tabindex="0"' : ''}>${text}</onrecord-mark>`;

describe('quote navigation', () => {
  let hidden: Set<HTMLElement>;
  const shown = (m: HTMLElement) => !hidden.has(m);
  const byId = (id: string) => document.querySelector<HTMLElement>(`[data-onrecord-id="${id}"][tabindex]`)!;
  const ids = (marks: (HTMLElement | null)[]) => marks.map((m) => m?.dataset.onrecordId ?? null);

  beforeEach(() => {
    hidden = new Set();
    document.body.innerHTML = `
      <p>${quote('a', 'one')} and ${quote('b', 'two')} <em>${quote('b', 'more of two', false)}</em></p>
      <onrecord-mark data-onrecord="person" data-onrecord-name="X">X</onrecord-mark>
      <div id="host"></div>
      <p>${quote('d', 'four')}</p>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${quote('c', 'three, in a shadow root')}</p>`;
  });

  const allMarks = () => {
    const inShadow = [...document.getElementById('host')!.shadowRoot!.querySelectorAll<HTMLElement>('onrecord-mark')];
    // Parts arrive in any order (content added later, shadow roots read last): navigation sorts them.
    return [...inShadow, ...document.querySelectorAll<HTMLElement>('onrecord-mark')].reverse();
  };

  it('lists one stop per quote in reading order, shadow roots where they sit, people left out', () => {
    expect(ids(quoteStops(allMarks(), shown))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('orders across a shadow boundary both ways', () => {
    const c = document.getElementById('host')!.shadowRoot!.querySelector<HTMLElement>('onrecord-mark')!;
    expect(compareReadingOrder(byId('b'), c)).toBeLessThan(0);
    expect(compareReadingOrder(c, byId('d'))).toBeLessThan(0);
    expect(compareReadingOrder(byId('d'), c)).toBeGreaterThan(0);
    expect(compareReadingOrder(c, c)).toBe(0);
  });

  it('steps forward and back, wrapping at both ends', () => {
    const stops = quoteStops(allMarks(), shown);
    const walk = (direction: 'next' | 'previous', times: number) => {
      let at: HTMLElement | null = null;
      const seen: (string | null)[] = [];
      for (let i = 0; i < times; i++) {
        at = stepFrom(stops, at, direction);
        seen.push(at?.dataset.onrecordId ?? null);
      }
      return seen;
    };
    expect(walk('next', 6)).toEqual(['a', 'b', 'c', 'd', 'a', 'b']);
    expect(walk('previous', 5)).toEqual(['d', 'c', 'b', 'a', 'd']);
  });

  it('skips hidden quotes, and steps on from a hidden one by its place in the page', () => {
    hidden.add(byId('b'));
    const stops = quoteStops(allMarks(), shown);
    expect(ids(stops)).toEqual(['a', 'c', 'd']);
    expect(stepFrom(stops, byId('a'), 'next')?.dataset.onrecordId).toBe('c');
    expect(stepFrom(stops, byId('b'), 'next')?.dataset.onrecordId).toBe('c');
    expect(stepFrom(stops, byId('b'), 'previous')?.dataset.onrecordId).toBe('a');
  });

  it('has nowhere to go without visible quotes', () => {
    for (const m of allMarks()) hidden.add(m);
    expect(stepFrom(quoteStops(allMarks(), shown), null, 'next')).toBeNull();
  });

  it('drops quotes no longer in the page', () => {
    const marks = allMarks();
    byId('a').closest('p')!.remove();
    expect(ids(quoteStops(marks, shown))).toEqual(['c', 'd']);
  });
});
