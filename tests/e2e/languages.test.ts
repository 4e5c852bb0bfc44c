/**
 * Attribution on French and German article pages, in real Chromium and real Firefox ESR with the built
 * extension: the page's declared language reaches detection through the content script, and each highlight
 * carries the speaker the language's own cues name ("a-t-elle ajouté", "fügte er hinzu", "so", "laut").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil, type StoryDriver } from '@/scripts/support/driver';
import { collectMarks, type MarkSummary } from '@/scripts/support/page-probes';
import { type LoggingProxy, nonLocalRequests, startLoggingProxy } from '@/scripts/support/proxy';
import { type StaticServer, startStaticServer } from '@/scripts/support/serve';
import { STORY_BROWSERS } from './support/browsers';

/** Each page, with the opening words of its quotes and the speaker each must carry. */
const PAGES = [
  {
    page: 'languages/fr-article.html',
    quotes: [
      ['Aucun service ne fermera', 'Nathalie Perrin'],
      ['Nous recruterons quatre mille', 'Nathalie Perrin'],
      ["C'est un premier pas", 'Marc Delorme'],
      ['au bord de la rupture', 'Marc Delorme'],
    ],
  },
  {
    page: 'languages/de-article.html',
    quotes: [
      ['Das Angebot ist eine Provokation', 'Stefan Roth'],
      ['Wir streiken, bis die Bahn', 'Stefan Roth'],
      ['Wir haben ein faires Angebot', 'Claudia Meier'],
      ['Die Fahrgäste haben genug', 'Claudia Meier'],
    ],
  },
];

describe.each(STORY_BROWSERS)('attribution in French and German pages in $name', ({ start }) => {
  let server: StaticServer;
  let proxy: LoggingProxy;
  let driver: StoryDriver;

  beforeAll(async () => {
    server = await startStaticServer();
    proxy = await startLoggingProxy();
    driver = await start(proxy.port);
  });

  afterAll(async () => {
    await driver?.close();
    await proxy?.close();
    await server?.close();
  });

  it.each(PAGES)('$page: every highlight carries its speaker', async ({ page, quotes }) => {
    await driver.open(`${server.url}${page}`);
    const found = await pollUntil(
      () => driver.evaluate(collectMarks, undefined),
      (m: MarkSummary) => m.quotes.length >= quotes.length,
      15_000,
    );
    const marks = found.value;
    for (const [opening, speaker] of quotes) {
      const quote = marks.quotes.find((q) => q.text.trim().startsWith(opening!));
      expect(quote, `a quote starting "${opening}"`).toBeDefined();
      expect(quote?.speaker, `speaker of "${opening}"`).toBe(speaker);
    }
    expect(marks.quotes.filter((q) => !q.consistentSpeaker).map((q) => q.id)).toEqual([]);
  });

  it('asks nothing of any host but this machine', () => {
    expect(nonLocalRequests(proxy.requests)).toEqual([]);
  });
});
