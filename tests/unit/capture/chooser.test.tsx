import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureChooser, type ChooserDraft, initialPick } from '@/components/capture/CaptureChooser';
import { parseTags } from '@/components/capture/CaptureDetails';
import { addCaptureDetails } from '@/lib/db/capture-details';
import { putPerson, putStatement } from '@/lib/db/repos';
import { suggestSpeaker } from '@/lib/match/suggest-speaker';
import { freshDb, person, statement } from '@/tests/db/helpers';

const draft: ChooserDraft = {
  text: 'We will not sign',
  page: { url: 'https://news.example/a', title: 'Farm tariffs', outlet: 'News', publishedAt: '2025-03-03T10:00:00Z' },
  speaker: null,
};
const people = [person({ id: 'w', name: 'Wang Yi' }), person({ id: 'o', name: 'Amara Okafor', aliases: ['Okafor'] })];
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(props: Partial<Parameters<typeof CaptureChooser>[0]> = {}) {
  const el = document.body.appendChild(document.createElement('div'));
  const onSave = vi.fn(async () => 'Saved to your library under Amara Okafor.');
  render(
    <CaptureChooser draft={draft} people={people} suggestedId={null} onSave={onSave} onDismiss={() => {}} {...props} />,
    el,
  );
  return { el, onSave };
}

describe('suggestSpeaker', () => {
  it.each([
    ['Okafor', 'o'],
    ['Amara Okafor', 'o'],
    ['Someone Else', null],
    [null, null],
  ])('%s -> %s', (speaker, id) => {
    expect(suggestSpeaker(speaker, people)).toBe(id);
  });
});

describe('CaptureChooser', () => {
  it('shows the words and their page, and saves nothing until confirmed', () => {
    const { el, onSave } = mount({ suggestedId: 'o' });
    expect(el.textContent).toContain('We will not sign');
    expect(el.textContent).toContain('News: Farm tariffs, 3 Mar 2025');
    expect(el.querySelector('select')!.value).toBe('o');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves under the person picked, then reports the outcome', async () => {
    const { el, onSave } = mount();
    const select = el.querySelector('select')!;
    select.value = 'o';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    await flush();
    expect(onSave).toHaveBeenCalledWith({ personId: 'o' }, { venue: '', tags: [] });
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Amara Okafor');
  });

  it('offers someone new, named as the page names them', async () => {
    const { el, onSave } = mount({ draft: { ...draft, speaker: 'Ngozi Eze' } });
    expect(el.querySelector('select')!.value).toBe('__new__');
    expect(el.querySelector('input')!.value).toBe('Ngozi Eze');
    el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(onSave).toHaveBeenCalledWith({ newName: 'Ngozi Eze', kind: 'person' }, { venue: '', tags: [] });
  });
});

describe('the first pick', () => {
  it.each([
    ['a stored person the page credits', 'Okafor', 'o', 'o'],
    ['someone new the page credits', 'Ngozi Eze', null, '__new__'],
    ['no attribution on the page', null, null, ''],
  ])('%s', (_what, speaker, suggestedId, pick) => {
    expect(initialPick({ ...draft, speaker }, suggestedId)).toBe(pick);
  });
});

describe('the chooser without an attribution', () => {
  const submit = (el: HTMLElement) =>
    el.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

  it('starts with nobody chosen, requires a choice and saves nothing without one', async () => {
    const { el, onSave } = mount();
    const select = el.querySelector('select')!;
    expect(select.value).toBe('');
    expect(select.required).toBe(true);
    submit(el);
    await flush();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('focuses the name field when the reader picks someone new, and saves kind, venue and tags', async () => {
    const { el, onSave } = mount();
    const select = el.querySelector('select')!;
    select.value = '__new__';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(document.activeElement?.closest('label')?.textContent).toMatch(/^Name/));
    const field = (label: RegExp) =>
      [...el.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''))!.querySelector('input, select') as
        | HTMLInputElement
        | HTMLSelectElement;
    const type = (label: RegExp, value: string, event = 'input') => {
      const input = field(label);
      input.value = value;
      input.dispatchEvent(new Event(event, { bubbles: true }));
    };
    type(/^Name/, 'Ministry of Farms');
    type(/^Kind/, 'organisation', 'change');
    type(/^Venue/, ' Press briefing ');
    type(/^Tags/, 'Trade, grain,, trade');
    await flush();
    submit(el);
    await flush();
    expect(onSave).toHaveBeenCalledWith(
      { newName: 'Ministry of Farms', kind: 'organisation' },
      { venue: 'Press briefing', tags: ['trade', 'grain'] },
    );
  });
});

describe('parseTags', () => {
  it.each([
    ['', []],
    ['trade', ['trade']],
    [' Trade , GRAIN,, trade ', ['trade', 'grain']],
  ])('%j -> %j', (typed, tags) => {
    expect(parseTags(typed)).toEqual(tags);
  });
});

describe('addCaptureDetails', () => {
  it('sets the venue and adds tags to the saved statement, keeping its own', async () => {
    const db = freshDb();
    await putPerson(db, person({ id: 'w', name: 'Wang Yi' }));
    await putStatement(db, statement({ id: 's', personId: 'w', tags: ['china'] }));
    await addCaptureDetails(db, 's', { venue: 'Munich', tags: ['ukraine', 'china'] });
    const row = await db.statements.get('s');
    expect(row?.venue).toBe('Munich');
    expect(row?.tags).toEqual(['china', 'ukraine']);
  });

  it('leaves the statement alone when nothing was added', async () => {
    const db = freshDb();
    await putPerson(db, person({ id: 'w', name: 'Wang Yi' }));
    const saved = await putStatement(db, statement({ id: 's', personId: 'w', venue: 'Beijing' }));
    await addCaptureDetails(db, 's', { venue: '', tags: [] });
    expect((await db.statements.get('s'))?.updatedAt).toBe(saved.updatedAt);
    expect((await db.statements.get('s'))?.venue).toBe('Beijing');
  });
});
