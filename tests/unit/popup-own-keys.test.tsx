import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { Popup, type PopupState } from '@/components/popup/Popup';
import { loadCard } from '@/lib/background/card-lookup';
import { ownEntry } from '@/lib/core/own-entry';
import { groupSpeakers } from '@/lib/core/popup-speakers';
import type { PageQuote, PageSummary } from '@/lib/core/protocol';
import { putPerson, putStatement } from '@/lib/db/repos';
import { popupStateFor } from '@/lib/popup/load-popup';
import { freshDb, person, statement } from '@/tests/db/helpers';
import { freshRoot } from '@/tests/support/render-root';

/** Names a page (or a pack's person) can carry that a plain object also answers, or swallows on assignment. */
const INHERITED = ['constructor', '__proto__', 'toString'];

const quote = (id: string, speaker: string): PageQuote => ({
  id,
  text: `words ${id}`,
  kind: 'direct',
  speaker,
  prefix: '',
  suffix: '',
});

const summaryOf = (names: string[]): PageSummary => ({
  page: { url: 'https://news.example/a', title: 'A', outlet: 'News', publishedAt: '2024-01-01' },
  enabled: true,
  article: true,
  quotes: names.map((name, i) => quote(`q${i}`, name)),
  people: names.map((name) => ({ name, role: null, aliases: [], kind: 'person' as const })),
});

describe('ownEntry', () => {
  it.each(INHERITED)('finds nothing for "%s" in an empty record', (key) => {
    expect(ownEntry({}, key)).toBeUndefined();
  });

  it.each(INHERITED)('finds the record’s own entry for "%s"', (key) => {
    expect(ownEntry(Object.fromEntries([[key, 4]]), key)).toBe(4);
  });
});

describe('the popup with speakers named like inherited properties', () => {
  let host: HTMLElement;
  beforeEach(() => freshRoot((el) => (host = el)));

  it.each(INHERITED)('says the library holds nothing for "%s" when it does not', (name) => {
    const state: PopupState = {
      kind: 'page',
      site: 'news.example',
      enabled: true,
      article: true,
      speakers: groupSpeakers(summaryOf([name])),
      stored: {},
      context: {},
    };
    render(
      <Popup
        state={state}
        settings={null}
        onToggleSite={() => {}}
        onTogglePause={() => {}}
        onReveal={() => {}}
        onOpenManager={() => {}}
      />,
      host,
    );
    expect(host.textContent).toContain('1 quote here · none in your library');
  });

  it.each(INHERITED)('counts the statements of a stored person named "%s"', async (name) => {
    const db = freshDb();
    await putPerson(db, person({ id: 'p', name }));
    for (const id of ['s1', 's2']) await putStatement(db, statement({ id, personId: 'p' }));
    const summary = summaryOf([name, 'Ann Lee']);
    const state = await popupStateFor(db, summary.page.url, summary, (show) => loadCard(db, show));
    expect(state.kind).toBe('page');
    if (state.kind !== 'page') return;
    expect(Object.keys(state.stored)).toEqual([name]);
    expect(ownEntry(state.stored, name)).toBe(2);
    expect(Object.keys(state.context ?? {}).sort()).toEqual(['Ann Lee', name].sort());
  });
});
