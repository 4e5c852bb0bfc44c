/**
 * Dynamic pages in real Chromium and Firefox: a 2 MB live blog highlighted soon after load and keeping up
 * with new posts, a single-page app whose route changes drop the old highlights and mark the new story, and
 * an infinite-scroll page whose appended stories are marked as they arrive. Nothing is ever drawn twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { BIG_LIVE_BLOG, serveRobustSite } from '@/scripts/support/robust-pages';
import type { StaticServer } from '@/scripts/support/serve';
import { ROBUST_BROWSERS, type RobustDriver } from './support/robust-browsers';
import { type QuoteOnPage, readQuotes } from './support/robust-probes';

const has = (quotes: QuoteOnPage[], words: string) => quotes.some((q) => q.text.includes(words));
/** Quote texts that appear under more than one highlight id: a quote drawn twice. */
const doubled = (quotes: QuoteOnPage[]) => {
  const seen = new Map<string, number>();
  for (const q of quotes) seen.set(`${q.where}|${q.text.trim()}`, (seen.get(`${q.where}|${q.text.trim()}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([t]) => t);
};

describe.each(ROBUST_BROWSERS)('dynamic pages in $name', ({ start }) => {
  let server: StaticServer;
  let driver: RobustDriver;
  const quotesUntil = (done: (r: ReturnType<typeof readQuotes>) => boolean, ms = 10_000) =>
    pollUntil(() => driver.evaluate(readQuotes, undefined), done, ms, 50);

  beforeAll(async () => {
    server = await serveRobustSite();
    driver = await start();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('highlights a 2 MB live blog soon after load, and a new post as it is published', async () => {
    await driver.open(`${server.url}${BIG_LIVE_BLOG}`);
    const first = await quotesUntil((r) => r.quotes.length > 0, 10_000);
    expect(first.ok, 'a highlight on the 2 MB live blog').toBe(true);
    await driver.evaluate(() => {
      const post = document.createElement('div');
      post.className = 'post';
      post.innerHTML =
        '<time>23:59</time><p>"Tonight the country has chosen a new direction, and we will honour that choice," said Chief Justice Helen Marsh outside the count.</p>';
      document.getElementById('feed')?.prepend(post);
    }, undefined);
    const fresh = await quotesUntil((r) => has(r.quotes, 'Tonight the country has chosen'), 5_000);
    expect(fresh.ok, 'the new post is highlighted').toBe(true);
    expect(fresh.value.nested).toBe(0);
    expect(fresh.value.quotes.filter((q) => q.text.includes('Tonight the country'))).toHaveLength(1);
  });

  it('drops the old story and marks the new one when a single-page app re-renders in place on a route change, and back', async () => {
    await driver.open(`${server.url}spa.html`);
    const ukraine = await quotesUntil((r) => has(r.quotes, 'China always respects'));
    expect(ukraine.ok).toBe(true);
    await driver.evaluate(() => (document.querySelector('a[data-story="budget"]') as HTMLElement).click(), undefined);
    const budget = await quotesUntil(
      (r) => has(r.quotes, 'We will balance the books') && !has(r.quotes, 'China always respects'),
    );
    expect(budget.ok, JSON.stringify(budget.value.quotes)).toBe(true);
    // The app rewrote its own text nodes in place: the page must read exactly as the app wrote it.
    const shown = () =>
      driver.evaluate(
        () => ({
          text: Array.from(document.querySelectorAll('#app h1, #app p'), (el) => el.textContent).join(' '),
          want: (window as unknown as { storyText(s: string): string }).storyText(
            new URLSearchParams(location.search).get('story') ?? 'ukraine',
          ),
        }),
        undefined,
      );
    const budgetText = await shown();
    expect(budgetText.text).toBe(budgetText.want);
    expect(await driver.evaluate(() => location.search, undefined)).toBe('?story=budget');
    await driver.evaluate(() => history.back(), undefined);
    const back = await quotesUntil(
      (r) => has(r.quotes, 'China always respects') && !has(r.quotes, 'balance the books'),
    );
    expect(back.ok, JSON.stringify(back.value.quotes)).toBe(true);
    const backText = await shown();
    expect(backText.text).toBe(backText.want);
    expect(back.value.nested).toBe(0);
    expect(doubled(back.value.quotes)).toEqual([]);
  });

  it('marks stories that infinite scroll appends, each once', async () => {
    await driver.open(`${server.url}infinite-scroll.html`);
    expect((await quotesUntil((r) => has(r.quotes, 'We are not going to be rushed'))).ok).toBe(true);
    const scroll = () => driver.evaluate(() => window.scrollTo(0, document.body.scrollHeight), undefined);
    await scroll();
    expect((await quotesUntil((r) => has(r.quotes, 'Nobody wants this to go on'))).ok).toBe(true);
    await scroll();
    const all = await quotesUntil((r) => has(r.quotes, 'biggest investment in public transport'));
    expect(all.ok).toBe(true);
    expect(all.value.nested).toBe(0);
    expect(doubled(all.value.quotes)).toEqual([]);
    const articles = await driver.evaluate(() => document.querySelectorAll('article').length, undefined);
    expect(articles).toBe(3);
  });
});
