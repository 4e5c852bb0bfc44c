import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';

/** Lena Marsh's record (tests/fixtures/pages/suggest): a fuel-tax pledge and the statements around it. */
export const LENA_MARSH_PACK = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/pages/suggest/lena-marsh-pack.json'), 'utf8'),
) as unknown;

/** The budget story's page, at the address and under the title a test needs. */
export const budgetPage = (url: string, title: string): PageInfo => ({
  url,
  title,
  outlet: 'The Harbour Courier',
  publishedAt: '2025-02-10T08:00:00.000Z',
});

/** The page's people as the content script names them. */
export const MARSH_PEOPLE: PagePerson[] = [
  { name: 'Lena Marsh', role: 'the finance minister', aliases: ['Marsh'], kind: 'person' },
];

/** The quote on the page, in tension with her earlier pledge. */
export const FUEL = 'We will raise fuel taxes next year to pay for the new rail lines';

/** FUEL as the content script reports it, attributed to Lena Marsh. */
export const FUEL_QUOTE: PageQuote = {
  id: 'q1',
  text: FUEL,
  kind: 'direct',
  speaker: 'Lena Marsh',
  prefix: '',
  suffix: '',
};
