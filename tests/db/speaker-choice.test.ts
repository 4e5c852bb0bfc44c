import { beforeEach, describe, expect, it } from 'vitest';
import { loadCard } from '@/lib/background/card-lookup';
import { chooseSpeakerFromCard, MAX_CARD_PEOPLE, peopleForCard } from '@/lib/background/card-speaker';
import { listenForCardActions } from '@/lib/background/card-suggest';
import type { BackgroundToCard, Message, PageInfo, PageQuote } from '@/lib/core/protocol';
import { parseCardAction } from '@/lib/core/validate';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { clearLibrary, mergePeople } from '@/lib/db/repos-curation';
import { importPack } from '@/lib/db/repos-pack';
import { putPerson } from '@/lib/db/repos-people';
import { choicePageKey, speakerChoiceFor, withChosenSpeakers } from '@/lib/db/repos-speaker-choice';
import { freshDb, person, statement } from './helpers';
import { budgetPage, FUEL, FUEL_QUOTE, LENA_MARSH_PACK, MARSH_PEOPLE } from './lena-marsh';

const PACK = LENA_MARSH_PACK;
const page: PageInfo = budgetPage('https://courier.example/budget#section-2', 'Marsh sets out a budget');
const people = MARSH_PEOPLE;
const quote = FUEL_QUOTE;
const show = { quote, page, people };

describe("the reader's speaker choice", () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await importPack(db, PACK);
    await putPerson(db, person({ id: 'p-okafor', name: 'Dan Okafor', roles: [{ title: 'transport minister' }] }));
    await db.statements.put(
      statement({ id: 's-okafor-1', personId: 'p-okafor', text: 'Rail first, roads later.', date: '2024-05-01' }),
    );
  });

  it.each([
    ['https://a.example/x#frag', 'https://a.example/x'],
    ['https://a.example/x?y=1#:~:text=abc', 'https://a.example/x?y=1'],
    ['https://a.example/x', 'https://a.example/x'],
  ])('keys %s by %s', (url, key) => {
    expect(choicePageKey(url)).toBe(key);
  });

  it('puts the chosen person on the card, with their record, and says who the page gave', async () => {
    expect((await loadCard(db, show)).speaker).toBe('Lena Marsh');
    expect(await chooseSpeakerFromCard(db, { ...show, personId: 'p-okafor' })).toEqual({ quoteId: 'q1', ok: true });
    const card = await loadCard(db, show);
    expect(card).toMatchObject({ speaker: 'Dan Okafor', known: true, role: { title: 'transport minister' } });
    expect(card.earlier.map((s) => s.id)).toEqual(['s-okafor-1']);
    expect(card.chosen).toEqual({ personId: 'p-okafor', pageSpeaker: 'Lena Marsh' });
  });

  it('holds on the same page under another fragment, not on another page or for other words', async () => {
    await chooseSpeakerFromCard(db, { ...show, personId: 'p-okafor' });
    const again = (url: string, text = FUEL) =>
      loadCard(db, { ...show, page: { ...page, url }, quote: { ...quote, text } });
    expect((await again('https://courier.example/budget')).speaker).toBe('Dan Okafor');
    expect((await again('https://courier.example/other')).speaker).toBe('Lena Marsh');
    expect((await again('https://courier.example/budget', 'Other words entirely')).speaker).toBe('Lena Marsh');
  });

  it('"Unknown speaker" leaves the card without a speaker; a later choice replaces it', async () => {
    await chooseSpeakerFromCard(db, { ...show, personId: null });
    const unknown = await loadCard(db, show);
    expect(unknown).toMatchObject({ speaker: null, known: false, earlier: [] });
    expect(unknown.chosen).toEqual({ personId: null, pageSpeaker: 'Lena Marsh' });
    await chooseSpeakerFromCard(db, { ...show, personId: 'p-okafor' });
    expect((await loadCard(db, show)).speaker).toBe('Dan Okafor');
  });

  it('refuses a person the library does not hold, and stores nothing', async () => {
    const answer = await chooseSpeakerFromCard(db, { ...show, personId: 'p-nobody' });
    expect(answer.ok).toBe(false);
    expect(await speakerChoiceFor(db, page.url, FUEL)).toBeUndefined();
  });

  it('follows a merge, and falls back to the page once the person is gone', async () => {
    await putPerson(db, person({ id: 'p-okafor-2', name: 'Daniel Okafor' }));
    await chooseSpeakerFromCard(db, { ...show, personId: 'p-okafor-2' });
    await mergePeople(db, 'p-okafor', 'p-okafor-2');
    expect((await loadCard(db, show)).speaker).toBe('Dan Okafor');
    await db.people.delete('p-okafor');
    expect((await loadCard(db, show)).speaker).toBe('Lena Marsh');
  });

  it('regroups the popup’s quotes, and goes with Delete everything', async () => {
    const other: PageQuote = { ...quote, id: 'q2', text: 'Something else' };
    await chooseSpeakerFromCard(db, { ...show, personId: 'p-okafor' });
    await chooseSpeakerFromCard(db, { ...show, quote: other, personId: null });
    const quotes = await withChosenSpeakers(db, page.url, [quote, other, { ...quote, id: 'q3', text: 'Untouched' }]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dan Okafor', null, 'Lena Marsh']);
    await clearLibrary(db);
    expect(await db.speakerChoices.count()).toBe(0);
  });

  it('lists the library’s people in name order with a role, capped', async () => {
    const listed = await peopleForCard(db, 'q1');
    expect(listed.quoteId).toBe('q1');
    expect(listed.more).toBe(false);
    const names = listed.people.map((p) => p.name);
    expect(names).toEqual([...names].sort());
    expect(listed.people.find((p) => p.id === 'p-okafor')?.role).toBe('transport minister');
    expect(MAX_CARD_PEOPLE).toBeGreaterThan(100);
  });

  it('the card port answers a list and a choice, then sends the card again', async () => {
    const listeners: ((m: unknown) => void)[] = [];
    const posted: Message<BackgroundToCard>[] = [];
    const port = {
      name: 'card:0123456789abcdef',
      sender: { tab: { id: 1 } as never, url: 'chrome-extension://abc/card.html' },
      postMessage: (m: unknown) => void posted.push(m as Message<BackgroundToCard>),
      onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) } as never,
    };
    listenForCardActions(db, port, 'chrome-extension://abc/card.html');
    const fire = (m: unknown) => {
      for (const l of listeners) l(m);
    };
    const until = async (n: number) => {
      for (let i = 0; i < 200 && posted.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    };
    fire({ type: 'card/list-people', payload: { quoteId: 'q1' } });
    await until(1);
    expect(posted[0]?.type).toBe('card/people');
    fire({ type: 'card/choose-speaker', payload: { ...show, personId: 'p-okafor' } });
    await until(3);
    expect(posted.slice(1).map((m) => m.type)).toEqual(['card/speaker-chosen', 'card/data']);
    expect((posted[2]!.payload as { speaker: string }).speaker).toBe('Dan Okafor');
  });

  it.each([
    [{ type: 'card/choose-speaker', payload: { ...show, personId: 'p-okafor' } }, true],
    [{ type: 'card/choose-speaker', payload: { ...show, personId: null } }, true],
    [{ type: 'card/choose-speaker', payload: { ...show, personId: '' } }, false],
    [{ type: 'card/choose-speaker', payload: { ...show, personId: 7 } }, false],
    [{ type: 'card/choose-speaker', payload: { ...show } }, false],
    [{ type: 'card/choose-speaker', payload: { ...show, personId: 'x', extra: 1 } }, false],
    [{ type: 'card/list-people', payload: { quoteId: 'q1' } }, true],
    [{ type: 'card/list-people', payload: {} }, false],
  ])('checks %j (valid: %s)', (message, valid) => {
    expect(parseCardAction(message)?.ok).toBe(valid);
  });
});
