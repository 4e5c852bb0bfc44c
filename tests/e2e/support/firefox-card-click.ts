/**
 * A real pointer click on a button in the card frame in Firefox, made the way a reader makes it. Puppeteer
 * clicks at the button's centre without checking what is drawn there (Playwright checks and waits), so two
 * things of the card are done here by hand: the click guard (lib/page/dom/card-guard.ts) ignores the pointer for a
 * moment after the card appears, and the card's sticky Save footer covers the end of what scrolls beneath it.
 */
import type { ElementHandle, Frame } from 'puppeteer-core';
import { CLICK_DELAY_MS } from '@/lib/page/dom/card-guard';
import { pollUntil } from '@/scripts/support/driver';

/** How a button's text is matched: the whole text, or its start (a person's name followed by their role). */
export type ButtonMatch = 'exact' | 'prefix';

/** Scrolls `button` to the middle of its scrolling box and tells whether a click at its centre reaches it. */
function bringClear(button: Element): boolean {
  let box = button.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)))
    box = box.parentElement;
  if (box) {
    const inner = button.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    box.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2);
  }
  const r = button.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit !== null && button.contains(hit);
}

/** Clicks the card's button named `name` once the card takes clicks and nothing of the card covers it. */
export async function clickCardButton(frame: Frame, name: string, match: ButtonMatch = 'exact'): Promise<void> {
  // The guard starts counting when the card appears; a reader's click comes after it has settled.
  await new Promise((resolve) => setTimeout(resolve, CLICK_DELAY_MS + 300));
  const handle = await frame.evaluateHandle(
    (n, m) =>
      [...document.querySelectorAll('button')].find((b) => {
        const text = b.textContent?.trim() ?? '';
        return m === 'exact' ? text === n : text.startsWith(n);
      }) ?? null,
    name,
    match,
  );
  const button = handle.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`no button "${name}" in the card`);
  const clear = await pollUntil(
    () => button.evaluate(bringClear),
    (ok) => ok,
    5_000,
    100,
  );
  if (!clear.ok) throw new Error(`button "${name}" stays covered in the card`);
  await button.click();
}
