import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerCardSave } from '@/lib/background/card-save-port';
import { answerCardAction } from '@/lib/background/card-suggest';
import { createPanelActions, parsePanelAction } from '@/lib/background/panel-actions';
import type { BackgroundToCard, Message, PageInfo, PageQuote } from '@/lib/core/protocol';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { readLibrary } from '@/lib/db/repos';
import { putPerson } from '@/lib/db/repos-people';
import { speakerChoiceFor } from '@/lib/db/repos-speaker-choice';
import { freshDb, person, statement } from './helpers';

const page: PageInfo = {
  url: 'https://courier.example/budget#top',
  title: 'Budget day',
  outlet: 'The Harbour Courier',
  publishedAt: '2025-02-10T08:00:00.000Z',
};
const quote: PageQuote = {
  id: 'q1',
  text: 'We will not raise fuel taxes this year',
  kind: 'direct',
  speaker: null,
  prefix: '',
  suffix: '',
};
const shown = { quote, page, people: [] };

async function run(db: OnRecordDb, message: { type: string; payload: unknown }) {
  const parsed = parsePanelAction(message);
  if (!parsed.ok) throw new Error(parsed.error);
  const answers: Message<BackgroundToCard>[] = [];
  const post = (m: Message<BackgroundToCard>) => answers.push(m);
  if (parsed.action.type === 'card/save') await answerCardSave(db, parsed.action.payload, post);
  else await answerCardAction(db, parsed.action, post);
  return answers;
}

describe('Choose speaker, then Save, on a quote the page does not attribute', () => {
  let db: OnRecordDb;
  beforeEach(async () => {
    db = freshDb();
    await putPerson(db, person({ id: 'p-marsh', name: 'Lena Marsh' }));
    await db.statements.put(
      statement({ id: 's-old', personId: 'p-marsh', text: 'Fuel taxes stay.', date: '2024-01-05' }),
    );
  });

  it('is a dead end without a choice: Save says nobody is named', async () => {
    const answers = await run(db, { type: 'card/save', payload: shown });
    expect(answers[0]).toMatchObject({ type: 'card/saved', payload: { status: 'no-speaker' } });
  });

  it.each([
    ['a stored person', { personId: 'p-marsh' }, 'Lena Marsh'],
    ['a new name', { personId: null, newName: '  Dan Okafor ' }, 'Dan Okafor'],
    ['a new name the library already holds', { personId: null, newName: 'lena marsh' }, 'Lena Marsh'],
  ])('files the quote under %s, remembered for the page', async (_, choice, name) => {
    const chosen = await run(db, { type: 'card/choose-speaker', payload: { ...shown, ...choice } });
    expect(chosen[0]).toMatchObject({ type: 'card/speaker-chosen', payload: { ok: true } });
    expect(chosen[1]).toMatchObject({ type: 'card/data', payload: { speaker: name, chosen: { pageSpeaker: null } } });
    const stored = await speakerChoiceFor(db, page.url, quote.text);
    const library = await readLibrary(db);
    expect(library.people.filter((p) => p.name.toLowerCase() === name.toLowerCase())).toHaveLength(1);
    expect(library.people.find((p) => p.id === stored?.personId)?.name).toBe(name);

    const saved = await run(db, { type: 'card/save', payload: shown });
    expect(saved[0]).toMatchObject({ type: 'card/saved', payload: { status: 'added', personName: name } });
    const after = await readLibrary(db);
    expect(after.statements.find((s) => s.text === quote.text)?.personId).toBe(stored?.personId);
  });

  it('relates the quote to the chosen person’s earlier statement', async () => {
    await run(db, { type: 'card/choose-speaker', payload: { ...shown, personId: 'p-marsh' } });
    const answers = await run(db, {
      type: 'card/relate',
      payload: { ...shown, statementId: 's-old', type: 'reverses', note: 'Changed course.' },
    });
    expect(answers[0]).toMatchObject({ type: 'card/related', payload: { status: 'related', type: 'reverses' } });
    expect((await readLibrary(db)).relations).toEqual([
      expect.objectContaining({ toId: 's-old', type: 'reverses', note: 'Changed course.', labelledBy: 'me' }),
    ]);
  });
});

describe('the panel’s action gate', () => {
  const deps = () => ({
    extensionId: 'ext',
    panelUrl: 'chrome-extension://ext/sidepanel.html',
    answer: vi.fn(async (_action: unknown, post: (m: Message<BackgroundToCard>) => void) => {
      post({ type: 'card/people', payload: { quoteId: 'q1', people: [], more: false } });
    }),
  });
  const message = { type: 'panel/card-action', payload: { type: 'card/list-people', payload: { quoteId: 'q1' } } };

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/sidepanel.html' }],
    ['a content script', { id: 'ext', url: 'https://courier.example/budget' }],
    ['the card frame', { id: 'ext', url: 'chrome-extension://ext/card.html' }],
  ])('ignores %s', (_, sender) => {
    const d = deps();
    const respond = vi.fn();
    expect(createPanelActions(d)(message, sender, respond)).toBeUndefined();
    expect(d.answer).not.toHaveBeenCalled();
    expect(respond).not.toHaveBeenCalled();
  });

  it('answers the side panel with the card’s replies, and refuses what the card would refuse', async () => {
    const d = deps();
    const respond = vi.fn();
    const sender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
    expect(createPanelActions(d)(message, sender, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalled());
    expect(respond.mock.calls[0]?.[0]).toMatchObject({ ok: true, answers: [{ type: 'card/people' }] });
    const bad = { type: 'panel/card-action', payload: { type: 'card/open-manager', payload: {} } };
    createPanelActions(d)(bad, sender, respond);
    expect(respond.mock.calls[1]?.[0]).toMatchObject({ ok: false });
  });
});
