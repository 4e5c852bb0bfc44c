import { beforeEach, describe, expect, it } from 'vitest';
import { listenForCardSave } from '@/lib/background/card-save-port';
import { rememberQuotes, saveFromCard } from '@/lib/background/save-handlers';
import type { PageInfo, PagePerson, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putPerson, readLibrary } from '@/lib/db/repos';
import { freshDb, person } from '@/tests/db/helpers';

const CARD = 'chrome-extension://ext/card.html';
const page: PageInfo = {
  url: 'https://www.news.example/a',
  title: 'A',
  outlet: 'News',
  publishedAt: '2025-03-03T10:00:00Z',
};
const okafor: PagePerson = { name: 'Amara Okafor', role: 'Trade minister', aliases: ['Okafor'], kind: 'person' };
const quote = (id: string, text: string, speaker: string | null = 'Amara Okafor'): PageQuote => ({
  id,
  text,
  kind: 'direct',
  speaker,
  prefix: 'before ',
  suffix: ' after',
});

let db: OnRecordDb;
beforeEach(() => {
  db = freshDb();
});

describe('saveFromCard', () => {
  it('files the quote under the page speaker and says so', async () => {
    const saved = await saveFromCard(db, { quote: quote('q1', 'We will not sign'), page, people: [okafor] });
    expect(saved).toEqual({ quoteId: 'q1', status: 'added', personName: 'Amara Okafor' });
    expect((await readLibrary(db)).statements[0]).toMatchObject({ text: 'We will not sign', date: '2025-03-03' });
  });

  it('reports an ambiguous speaker with the people it could be, and saves nothing', async () => {
    await putPerson(db, person({ id: 'a', name: 'Anna Okafor' }));
    await putPerson(db, person({ id: 'b', name: 'John Okafor' }));
    const saved = await saveFromCard(db, { quote: quote('q1', 'words here', 'Okafor'), page, people: [] });
    expect(saved.status).toBe('ambiguous');
    expect(saved.candidates).toEqual(expect.arrayContaining(['Anna Okafor', 'John Okafor']));
    expect((await readLibrary(db)).statements).toEqual([]);
  });

  it('files the quote under the stored person the reader picked among the candidates', async () => {
    await putPerson(db, person({ id: 'a', name: 'Anna Okafor' }));
    await putPerson(db, person({ id: 'b', name: 'John Okafor' }));
    const show = { quote: quote('q1', 'words here', 'Okafor'), page, people: [], speaker: 'John Okafor' };
    expect(await saveFromCard(db, show)).toEqual({ quoteId: 'q1', status: 'added', personName: 'John Okafor' });
    expect((await readLibrary(db)).statements.map((s) => s.personId)).toEqual(['b']);
  });

  it('never creates a person from a pick that names nobody stored', async () => {
    const show = { quote: quote('q1', 'words here'), page, people: [okafor], speaker: 'Not Stored' };
    expect(await saveFromCard(db, show)).toEqual({ quoteId: 'q1', status: 'no-speaker' });
    expect(await readLibrary(db)).toEqual({ people: [], statements: [], relations: [] });
  });

  it('turns a failed write into a failed status instead of throwing', async () => {
    db.close();
    const saved = await saveFromCard(db, { quote: quote('q1', 'words'), page, people: [okafor] });
    expect(saved).toMatchObject({ quoteId: 'q1', status: 'failed' });
    expect(saved.error).toBeTruthy();
  });
});

describe('rememberQuotes', () => {
  const payload = {
    page,
    quotes: [quote('q1', 'We will not sign'), quote('q2', 'No speaker here', null), quote('q3', 'We will talk')],
    people: [okafor],
  };

  it.each([
    ['the site is not opted in', 'https://news.example/a', []],
    ['another site is opted in', 'https://news.example/a', ['other.example']],
    ['the frame is on another site than the page it describes', 'https://evil.example/x', ['news.example']],
    ['the sender has no address', undefined, ['news.example']],
  ])('writes nothing when %s', async (_why, senderUrl, sites) => {
    await expect(rememberQuotes(db, payload, senderUrl, sites)).rejects.toThrow(/not remembered/);
    expect(await readLibrary(db)).toEqual({ people: [], statements: [], relations: [] });
  });

  it('keeps every attributed quote on an opted-in site (www. or not) and skips the rest', async () => {
    const outcome = await rememberQuotes(db, payload, 'https://news.example/a#top', ['news.example']);
    expect(outcome).toEqual({ saved: 2, skipped: 1 });
    const { people, statements } = await readLibrary(db);
    expect(people.map((p) => p.name)).toEqual(['Amara Okafor']);
    expect(statements.map((s) => s.text).sort()).toEqual(['We will not sign', 'We will talk']);
  });
});

function fakePort(url: string, tabId: number | null = 7) {
  const listeners: ((m: unknown) => void)[] = [];
  const posted: { type: string; payload: Record<string, unknown> }[] = [];
  const port = {
    name: 'card:0123456789abcdef',
    sender: { tab: tabId === null ? undefined : ({ id: tabId } as never), url },
    postMessage: (m: never) => posted.push(m),
    onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
  };
  return {
    port: port as never,
    posted,
    say: (m: unknown) => {
      for (const l of listeners) l(m);
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('listenForCardSave', () => {
  it.each([
    ['a page that is not the card', 'chrome-extension://ext/popup.html', 7],
    ['a card outside any tab', `${CARD}#n`, null],
    ['a web page', 'https://news.example/card.html', 7],
  ])('does not listen to %s', (_what, url, tabId) => {
    expect(listenForCardSave(db, fakePort(url, tabId).port, CARD)).toBe(false);
  });

  it('saves on card/save, answers card/saved, then sends the card its data with the quote on record', async () => {
    const { port, posted, say } = fakePort(`${CARD}#n`);
    expect(listenForCardSave(db, port, CARD)).toBe(true);
    say({ type: 'card/save', payload: { quote: quote('q1', 'We will not sign'), page, people: [okafor] } });
    await until(() => posted.length >= 2);
    expect(posted[0]).toEqual({
      type: 'card/saved',
      payload: { quoteId: 'q1', status: 'added', personName: 'Amara Okafor' },
    });
    expect(posted[1]?.type).toBe('card/data');
    expect(posted[1]?.payload).toMatchObject({ known: true, onRecord: { text: 'We will not sign' } });
  });

  it.each([
    ['an unchecked payload', { quote: { id: 'q1' }, page, people: [] }],
    [
      'a page that is not on the web',
      { quote: quote('q1', 'x'), page: { ...page, url: 'file:///etc/passwd' }, people: [] },
    ],
    ['extra fields', { quote: quote('q1', 'x'), page, people: [], personId: 'p1' }],
  ])('refuses %s and writes nothing', async (_what, payload) => {
    const { port, posted, say } = fakePort(`${CARD}#n`);
    listenForCardSave(db, port, CARD);
    say({ type: 'card/save', payload });
    await new Promise((r) => setTimeout(r, 50));
    expect(posted).toEqual([]);
    expect((await readLibrary(db)).statements).toEqual([]);
  });
});
