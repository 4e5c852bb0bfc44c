/**
 * Reading corpus pages in real Chromium and Firefox: a BEM layout wrapper whose class names a rail, text and <br>s
 * with no <p>, a React page with each paragraph in divs of its own, a live blog of <article>s, a story whose second
 * half a "read more" toggle hides, an episode page of sections, a magazine page with floated drop caps, and the
 * other new shapes (cards inside the body, a hidden consent wall, Russian, Czech, Q&A, obituary, line-ups). Each
 * must get its quotes and people highlighted, and mark no one its page does not list as a person.
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
    ['interleaved-related-cards.html', 'Nobody likes a higher bill', 'Tom Ashworth'],
    ['consent-wall-hidden.html', 'Das ist ein guter Tag', 'Jürgen Stöckl'],
    ['russian-news.html', 'Мы не можем рисковать людьми', 'Виктор Лапин'],
    ['czech-inflected.html', 'Je to největší investice', 'Tomáš Kubíček'],
    ['qa-interview.html', 'I went in to count chairs', 'Ruth Okafor'],
    ['obituary-profile.html', 'Red was for emergencies', "Francis O'Dell"],
    ['sports-lineups.html', 'A point is a point', 'Jonas Berg'],
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
    // Every name marked is one the page lists as a real person (or as a known detection error).
    const listed = await driver.evaluate(
      () =>
        ['onrecord-expect-people', 'onrecord-maybe-people', 'onrecord-detect-errors'].flatMap((n) =>
          (document.querySelector(`meta[name="${n}"]`)?.getAttribute('content') ?? '').split('|'),
        ),
      undefined,
    );
    expect(names.filter((n) => !listed.includes(n ?? ''))).toEqual([]);
  });
});
