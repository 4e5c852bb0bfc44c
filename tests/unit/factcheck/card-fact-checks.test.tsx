import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuoteCard } from '@/components/card/QuoteCard';
import { QuoteContext } from '@/components/sidepanel/QuoteContext';
import { loadCard } from '@/lib/background/card-lookup';
import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { importPack, previewImport } from '@/lib/db/repos-pack';
import { freshDb } from '../../db/helpers';

const feed = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/factcheck/feed.json'), 'utf8'));
const [first, second] = [feed.dataFeedElement[0].item[0], feed.dataFeedElement[1].item];
const page: PageInfo = { url: 'https://news.example/jobs', title: 'Jobs', outlet: 'News', publishedAt: '2026-01-20' };
const people: PagePerson[] = [
  { name: 'Jane Roe', role: 'Mayor', aliases: ['Roe'], kind: 'person' },
  { name: 'John Doe', role: null, aliases: [], kind: 'person' },
];
const quoteOf = (text: string, speaker: string | null): PageQuote => ({
  id: 'q1',
  text,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});

let db: OnRecordDb;
beforeEach(async () => {
  db = freshDb();
  await importPack(db, (await previewImport(db, feed)).accepted);
});
afterEach(() => db.close());

describe('the card with fact-checks', () => {
  it('lists every review of a reworded claim together, with both wordings', async () => {
    const quote = quoteOf('Last year we brought unemployment down to 3.2%', 'Jane Roe');
    const card = await loadCard(db, { quote, page, people });
    expect(card.reviews).toHaveLength(1);
    const [claim] = card.reviews ?? [];
    expect(claim?.match).toBe('similar');
    expect(claim?.claim).toBe(first.claimReviewed);
    // Newest review first, each with the fact-checker's words and name verbatim.
    expect(claim?.reviews.map((r) => [r.rating.alternateName, r.reviewer.name])).toEqual([
      [second.reviewRating.alternateName, second.author.name],
      [first.reviewRating.alternateName, first.author.name],
    ]);
  });

  it.each([
    ['the same speaker on another topic', 'We will open three new libraries next spring', 'Jane Roe'],
    ['another speaker saying the same', 'Unemployment fell to 3.2 percent last year', 'John Doe'],
    ['the same speaker with another figure', 'Unemployment fell to 4.1 percent last year', 'Jane Roe'],
  ])('shows no verdict for %s', async (_name, text, speaker) => {
    const card = await loadCard(db, { quote: quoteOf(text, speaker), page, people });
    expect(card.reviews).toBeUndefined();
  });

  it('matches a claim with no claimant only when the words are close', async () => {
    const close = await loadCard(db, { quote: quoteOf('Drinking seawater cures the flu', null), page, people });
    expect(close.reviews?.[0]?.reviews[0]?.rating.alternateName).toBe('False');
    const loose = await loadCard(db, { quote: quoteOf('Drink water when you have the flu', null), page, people });
    expect(loose.reviews).toBeUndefined();
  });

  it('shows the verdicts first, verbatim, with name, date and link, and says they are not its own', async () => {
    const quote = quoteOf('Last year we brought unemployment down to 3.2%', 'Jane Roe');
    const data = await loadCard(db, { quote, page, people });
    const host = document.createElement('div');
    document.body.append(host);
    render(<QuoteCard data={data} onOpenManager={() => {}} onClose={() => {}} />, host);
    const section = host.querySelector('.fact-checks');
    const text = section?.textContent ?? '';
    for (const part of [
      first.reviewRating.alternateName,
      first.author.name,
      second.reviewRating.alternateName,
      second.author.name,
      first.claimReviewed,
      'a similar claim',
      'not OnRecord',
    ])
      expect(text).toContain(part);
    const links = [...(section?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).toEqual([second.url, first.url]);
    // First in the card: nothing from the speaker's record comes before it.
    const order = [...host.querySelectorAll('.fact-checks, .on-record, .earlier, .empty')];
    expect(order[0]).toBe(section);
    render(null, host);
    host.remove();
  });

  it('shows the same verdicts first in the side panel', async () => {
    const quote = quoteOf('Last year we brought unemployment down to 3.2%', 'Jane Roe');
    const data = await loadCard(db, { quote, page, people });
    const host = document.createElement('div');
    document.body.append(host);
    render(<QuoteContext card={data} onOpenManager={() => {}} />, host);
    expect(host.firstElementChild?.classList.contains('fact-checks')).toBe(true);
    expect(host.textContent).toContain(first.reviewRating.alternateName);
    expect(host.textContent).toContain(second.author.name);
    render(null, host);
    host.remove();
  });
});
