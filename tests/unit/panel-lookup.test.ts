import { describe, expect, it } from 'vitest';
import { loadCard } from '@/lib/background/card-lookup';
import { isOwnPage } from '@/lib/background/own-page';
import { createPanelLookup } from '@/lib/background/panel-lookup';
import type { PageInfo, PagePerson, PageQuote, PanelLookupResponse } from '@/lib/core/protocol';
import { MAX_PANEL_QUOTES } from '@/lib/core/validate';
import { putPerson, putRelation, putStatement } from '@/lib/db/repos';
import { freshDb, person, relation, statement } from '@/tests/db/helpers';

const EXT = 'abcdefghijklmnop';
const PANEL = `chrome-extension://${EXT}/sidepanel.html`;

const quote = (id: string, text = 'China always respects the sovereignty of all countries'): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker: 'Wang Yi',
  prefix: '',
  suffix: '',
});
const page: PageInfo = { url: 'https://n.test/a', title: 'A', outlet: 'N', publishedAt: '2022-02-24' };
const people: PagePerson[] = [{ name: 'Wang Yi', role: 'foreign minister', aliases: [], kind: 'person' }];
const message = (quotes: PageQuote[]) => ({ type: 'panel/lookup', payload: { page, people, quotes } });

async function libraryWithMunich() {
  const db = freshDb();
  await putPerson(db, person({ id: 'wang', name: 'Wang Yi' }));
  await putStatement(
    db,
    statement({
      id: 'feb24',
      personId: 'wang',
      text: 'China always respects the sovereignty of all countries',
      date: '2022-02-24',
    }),
  );
  await putStatement(
    db,
    statement({
      id: 'munich',
      personId: 'wang',
      text: 'The sovereignty of all countries should be respected. Ukraine is no exception.',
      date: '2022-02-19',
      venue: 'Munich Security Conference',
    }),
  );
  await putRelation(db, relation({ id: 'r', fromId: 'munich', toId: 'feb24', type: 'shifts-emphasis' }));
  return db;
}

/** Sends one message through the handler and waits for its answer (or for it to stay silent). */
async function ask(handle: ReturnType<typeof createPanelLookup>, raw: unknown, sender: { id?: string; url?: string }) {
  let answer: PanelLookupResponse | undefined;
  let resolve: () => void = () => {};
  const answered = new Promise<void>((r) => {
    resolve = r;
  });
  const kept = handle(raw, sender, (r) => {
    answer = r;
    resolve();
  });
  if (kept) await answered;
  return { kept, answer };
}

describe('isOwnPage', () => {
  it.each([
    [PANEL, true],
    [`${PANEL}?tab=3`, true],
    [`chrome-extension://${EXT}/popup.html`, false],
    [`chrome-extension://${EXT}/card.html`, false],
    ['chrome-extension://dynamic-host/sidepanel.html', false],
    ['https://evil.test/sidepanel.html', false],
    [undefined, false],
    ['not a url', false],
  ])('%s', (url, expected) => {
    expect(isOwnPage(url, PANEL)).toBe(expected);
  });
});

describe('createPanelLookup', () => {
  const handler = async () => {
    const db = await libraryWithMunich();
    return createPanelLookup({
      extensionId: EXT,
      panelUrl: PANEL,
      lookup: (show) => loadCard(db, show),
      libraryEmpty: async () => (await db.statements.count()) === 0,
    });
  };

  it("answers the side panel with each quote's card, in order, from the library", async () => {
    const handle = await handler();
    const { kept, answer } = await ask(handle, message([quote('a'), quote('b', 'Other words entirely')]), {
      id: EXT,
      url: `${PANEL}?tab=4`,
    });
    expect(kept).toBe(true);
    if (!answer?.ok) throw new Error(`no cards: ${JSON.stringify(answer)}`);
    expect(answer.libraryEmpty).toBe(false);
    expect(answer.cards.map((c) => c.quote.id)).toEqual(['a', 'b']);
    const munich = answer.cards[0]?.earlier.find((s) => s.id === 'munich');
    expect(munich?.venue).toBe('Munich Security Conference');
    expect(munich?.relation?.type).toBe('shifts-emphasis');
  });

  it.each([
    ['a content script (a web page URL)', { id: EXT, url: 'https://n.test/a' }],
    ['the card frame', { id: EXT, url: `chrome-extension://${EXT}/card.html#abc` }],
    ['the popup', { id: EXT, url: `chrome-extension://${EXT}/popup.html` }],
    ['another extension', { id: 'other', url: PANEL }],
    ['a sender without a URL', { id: EXT }],
  ])('stays silent for %s', async (_who, sender) => {
    const handle = await handler();
    let called = false;
    const kept = handle(message([quote('a')]), sender, () => {
      called = true;
    });
    expect(kept).toBeUndefined();
    expect(called).toBe(false);
  });

  it('leaves other messages to other listeners', async () => {
    const handle = await handler();
    expect(handle({ type: 'card/show', payload: {} }, { id: EXT, url: PANEL }, () => {})).toBeUndefined();
    expect(handle(null, { id: EXT, url: PANEL }, () => {})).toBeUndefined();
  });

  it.each([
    ['no quotes', message([])],
    ['too many quotes', message(Array.from({ length: MAX_PANEL_QUOTES + 1 }, (_, i) => quote(`q${i}`)))],
    [
      'a page that is not a web page',
      { type: 'panel/lookup', payload: { page: { ...page, url: 'file:///x' }, people, quotes: [quote('a')] } },
    ],
    ['an extra field', { type: 'panel/lookup', payload: { page, people, quotes: [{ ...quote('a'), html: '<b>' }] } }],
  ])('refuses %s with a reason', async (_what, raw) => {
    const handle = await handler();
    const { answer } = await ask(handle, raw, { id: EXT, url: PANEL });
    expect(answer?.ok).toBe(false);
    expect(answer && !answer.ok && answer.error).toMatch(/panel\/lookup/);
  });

  it('says when the library is empty', async () => {
    const db = freshDb();
    const handle = createPanelLookup({
      extensionId: EXT,
      panelUrl: PANEL,
      lookup: (show) => loadCard(db, show),
      libraryEmpty: async () => (await db.statements.count()) === 0,
    });
    const { answer } = await ask(handle, message([quote('a')]), { id: EXT, url: PANEL });
    expect(answer).toMatchObject({ ok: true, libraryEmpty: true });
  });

  it('reports a failing lookup instead of leaving the panel waiting', async () => {
    const handle = createPanelLookup({
      extensionId: EXT,
      panelUrl: PANEL,
      lookup: () => Promise.reject(new Error('database closed')),
      libraryEmpty: async () => false,
    });
    const { answer } = await ask(handle, message([quote('a')]), { id: EXT, url: PANEL });
    expect(answer).toEqual({ ok: false, error: 'database closed' });
  });
});
