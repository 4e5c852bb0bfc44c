import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Detection } from '@/lib/detect/types';
import { detectHere } from '@/lib/page/dom/analyze';
import type { DetectInput } from '@/lib/page/dom/page-read';
import { type LivePage, startLivePage } from '@/lib/page/live-page';

const PARAGRAPH = (n: number) =>
  `<p>"Part ${n} is what we agreed on, and we will hold to it for years," Foreign Minister Simon Coveney said on day ${n}.</p>`;
const ARTICLE = `<article><h1>Ministers meet</h1>${[1, 2, 3].map(PARAGRAPH).join('')}</article>`;

/** A detector answering later, as the background does; `delays` picks how long each call waits, in call order. */
function laterDetector(delays: number[]) {
  const asked: DetectInput[] = [];
  const detector = (input: DetectInput): Promise<Detection> => {
    const delay = delays[asked.length] ?? 0;
    asked.push(input);
    return new Promise((resolve) => setTimeout(() => resolve(detectHere(input)), delay));
  };
  return { asked, detector };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const marks = () => document.querySelectorAll('onrecord-mark[data-onrecord="quote"]');

describe('a live page whose detection answers later', () => {
  let live: LivePage | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
  });
  afterEach(() => {
    live?.stop();
    live = null;
  });

  it('sends the text it read and draws the answer once it arrives', async () => {
    const { asked, detector } = laterDetector([20]);
    live = startLivePage(document, { css: '', detector });
    expect(asked.length).toBe(1);
    expect(asked[0]?.text).toContain('Part 2 is what we agreed on');
    expect(marks().length).toBe(0);
    await wait(100);
    expect(marks().length).toBe(3);
    expect(live.session().quotes.map((q) => q.speaker)).toEqual(Array(3).fill('Simon Coveney'));
  });

  it.each([
    ['the first part answered last', [120, 10, 10]],
    ['every part answered at once', [0, 0, 0]],
    ['later parts answered first', [60, 30, 5]],
  ])('draws parts in the order it read them, numbered as in place (%s)', async (_label, delays) => {
    const scenario = async (detector: Parameters<typeof startLivePage>[1]['detector']) => {
      document.body.innerHTML = ARTICLE;
      const page = startLivePage(document, { css: '', detector });
      await wait(60);
      for (const n of [4, 5]) document.querySelector('article')!.insertAdjacentHTML('beforeend', PARAGRAPH(n));
      await wait(60);
      document.querySelector('article')!.insertAdjacentHTML('beforeend', PARAGRAPH(6));
      await wait(400);
      const quotes = page.session().quotes.map((q) => `${q.id} ${q.text}`);
      page.stop();
      return quotes;
    };
    const inPlace = await scenario(detectHere);
    const { asked, detector } = laterDetector(delays);
    const later = await scenario(detector);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(inPlace.length).toBe(6);
    expect(later).toEqual(inPlace);
  });

  it('skips a part whose root the page removed while detection ran', async () => {
    const { detector } = laterDetector([40]);
    live = startLivePage(document, { css: '', detector });
    document.querySelector('article')!.remove();
    await wait(150);
    expect(marks().length).toBe(0);
    expect(live.session().quotes).toEqual([]);
  });

  it('draws nothing once stopped while detection ran', async () => {
    const { detector } = laterDetector([40]);
    live = startLivePage(document, { css: '', detector });
    live.stop();
    await wait(150);
    expect(marks().length).toBe(0);
  });

  it('leaves the page alone when detection fails', async () => {
    live = startLivePage(document, { css: '', detector: () => Promise.reject(new Error('refused')) });
    await wait(100);
    expect(marks().length).toBe(0);
    expect(document.querySelector('article')!.textContent).toContain('Part 3 is what we agreed on');
  });
});
