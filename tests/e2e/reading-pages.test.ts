/**
 * Pages the content script used to pass over, in real Chromium and Firefox: an article inside a BEM layout
 * wrapper whose class names a rail ("layout-with-rail__content-wrapper"), and an article written as text
 * and <br>s with no <p> and no og:type; a React page with each paragraph in divs of its own, and a live blog
 * whose posts are each an <article>; a story whose second half a "read more" toggle keeps hidden, and an episode
 * page whose show notes and transcript are sections side by side. All must get their quotes and people highlighted.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { ROOT_DIR } from '@/scripts/support/paths';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { ROBUST_BROWSERS, type RobustDriver } from './support/robust-browsers';
import { readQuotes } from './support/robust-probes';

const READING_DIR = join(ROOT_DIR, 'tests/fixtures/reading');

describe.each(ROBUST_BROWSERS)('reading pages in $name', ({ start }) => {
  let server: StaticServer;
  let driver: RobustDriver;
  const marksUntil = (done: (r: ReturnType<typeof readQuotes>) => boolean, ms = 10_000) =>
    pollUntil(() => driver.evaluate(readQuotes, undefined), done, ms, 50);

  beforeAll(async () => {
    server = await startStaticServer(READING_DIR);
    driver = await start();
  });
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it.each([
    ['bem-rail-wrapper.html', 'This is a fair deal', 'Dana Whitfield'],
    ['div-br-article.html', 'We had already started packing away the chairs', 'Margaret Holloway'],
    ['bem-furniture-wrappers.html', 'People queued around the block', 'Rosa Delgado'],
    ['nextjs-hashed-classes.html', 'We had two empty slipways', 'Tobias Reinholt'],
    ['live-blog-posts.html', 'This has been a long campaign', 'Clara Benning'],
    ['read-more-collapsed.html', 'La gente mayor viene andando', 'Ernesto Calvo'],
    ['podcast-transcript.html', 'nobody turns off a machine', 'Irene Castellano'],
    ['magazine-drop-caps.html', 'People think slate is dead', 'Marguerite Osei'],
  ])('highlights the quotes and people of %s', async (page, words, person) => {
    await driver.open(`${server.url}${page}`);
    const marked = await marksUntil((r) => r.quotes.some((q) => q.text.includes(words)) && r.people > 0);
    expect(marked.ok, JSON.stringify(marked.value)).toBe(true);
    const names = await driver.evaluate(
      () =>
        Array.from(document.querySelectorAll('onrecord-mark[data-onrecord="person"]'), (m) =>
          m.getAttribute('data-onrecord-name'),
        ),
      undefined,
    );
    expect(names).toContain(person);
  });
});
