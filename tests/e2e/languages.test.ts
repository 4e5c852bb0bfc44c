/**
 * Attribution on French and German article pages, in real Chromium and real Firefox ESR with the built
 * extension: the page's declared language reaches detection through the content script, and each highlight
 * carries the speaker the language's own cues name ("a-t-elle ajouté", "fügte er hinzu", "so", "laut").
 */
import { describe, expect, it } from 'vitest';
import { pollUntil } from '@/scripts/support/driver';
import { collectMarks, type MarkSummary } from '@/scripts/support/page-probes';
import { nonLocalRequests } from '@/scripts/support/proxy';
import { STORY_BROWSERS } from './support/browsers';
import { useProxiedBrowser } from './support/extension-browser';

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
  const run = useProxiedBrowser(start);

  it.each(PAGES)('$page: every highlight carries its speaker', async ({ page, quotes }) => {
    await run.driver.open(`${run.server.url}${page}`);
    const found = await pollUntil(
      () => run.driver.evaluate(collectMarks, undefined),
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
    expect(nonLocalRequests(run.proxy.requests)).toEqual([]);
  });
});
