import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_DELAY_MS, watchCardVisibility } from '@/entrypoints/card/visibility-guard';
import { CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';

type Report = (entries: { isVisible: boolean; time: number }[]) => void;

/** Stands in for IntersectionObserver v2: the test hands it reports as the browser would. */
function fakeObserverV2(): { report: Report } {
  let callback: Report = () => {};
  class Observer {
    constructor(cb: Report) {
      callback = cb;
    }
    observe() {}
  }
  class Entry {}
  Object.defineProperty(Entry.prototype, 'isVisible', { value: false });
  vi.stubGlobal('IntersectionObserver', Observer);
  vi.stubGlobal('IntersectionObserverEntry', Entry);
  return { report: (entries) => callback(entries) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the card frame’s visibility gate', () => {
  // The card became visible at 1000 (the entry's time); the callback ran at `reportedAt`.
  it.each([
    { reportedAt: 1000, clickAt: 1000 + CLICK_DELAY_MS, allowed: true },
    { reportedAt: 1000 + REPORT_DELAY_MS, clickAt: 1000 + CLICK_DELAY_MS, allowed: true },
    { reportedAt: 1000, clickAt: 1000 + CLICK_DELAY_MS - REPORT_DELAY_MS - 1, allowed: false },
    { reportedAt: 1000, clickAt: 1020, allowed: false },
  ])(
    'a click at $clickAt, visibility reported at $reportedAt: allowed $allowed',
    ({ reportedAt, clickAt, allowed }) => {
      const { report } = fakeObserverV2();
      let now = reportedAt;
      const gate = watchCardVisibility(document.documentElement, () => now);
      report([{ isVisible: true, time: 1000 }]);
      now = clickAt;
      expect(gate.allows()).toBe(allowed);
    },
  );

  it('refuses clicks once the card is covered, and counts again from when it is seen again', () => {
    const { report } = fakeObserverV2();
    let now = 0;
    const gate = watchCardVisibility(document.documentElement, () => now);
    report([{ isVisible: true, time: 0 }]);
    now = 2000;
    expect(gate.allows()).toBe(true);
    report([{ isVisible: false, time: 2000 }]);
    expect(gate.allows()).toBe(false);
    report([{ isVisible: true, time: 2100 }]);
    now = 2200;
    expect(gate.allows()).toBe(false);
    now = 2100 + CLICK_DELAY_MS;
    expect(gate.allows()).toBe(true);
  });

  it('allows every click where the browser cannot tell visibility', () => {
    vi.stubGlobal('IntersectionObserverEntry', class {});
    expect(watchCardVisibility(document.documentElement).allows()).toBe(true);
  });
});
