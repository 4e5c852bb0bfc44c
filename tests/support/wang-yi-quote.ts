import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';

/** A news page published on this date (or with no date), as the content script describes it. */
export const pageOn = (publishedAt: string | null): PageInfo => ({
  url: 'https://news.example/story',
  title: 'A story',
  outlet: 'Example News',
  publishedAt,
});

/** Wang Yi as the page names him, the speaker of the starter pack's record. */
export const WANG_YI_PEOPLE: PagePerson[] = [
  { name: 'Wang Yi', role: 'foreign minister', aliases: ['Wang'], kind: 'person' },
];

/** A direct quote the page gives to Wang Yi. */
export const wangYiQuote = (text: string): PageQuote => ({
  id: 'q',
  text,
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
});
