import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import { FIRST_SCREEN, type IdleScheduler, STEP, useProgressiveCount } from '@/components/manager/progressive';
import { sameProps } from '@/components/manager/pure';
import { visibleView } from '@/components/manager/visible-view';
import type { LibraryData } from '@/lib/core/library-model';
import { buildLibraryView } from '@/lib/core/library-model';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { libraryActions } from '@/lib/manager/library-actions';
import { freshDb, person, statement } from './helpers';

/**
 * Ada has 330 statements (the word "river" in every third), Zed 30 and Mo none; dates count down so the
 * page's order (people by name, newest first) is the order they are made in.
 */
function library(): LibraryData {
  const people = [
    person({ id: 'ada', name: 'Ada Archer' }),
    person({ id: 'mo', name: 'Mo Miller' }),
    person({ id: 'zed', name: 'Zed Zimmer' }),
  ];
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1) - i * 86_400_000).toISOString().slice(0, 10);
  const statements = [
    ...Array.from({ length: 330 }, (_, i) =>
      statement({ id: `a${i}`, personId: 'ada', date: day(i), text: `${i % 3 === 0 ? 'river' : 'hill'} ${i}` }),
    ),
    ...Array.from({ length: 30 }, (_, i) =>
      statement({ id: `z${i}`, personId: 'zed', date: day(i), text: `river bank ${i}` }),
    ),
  ];
  return { people, statements, relations: [] };
}

/** A statement set that counts how often it is asked. */
function counting(ids: Iterable<string>) {
  const set = new Set(ids);
  const asked = { n: 0 };
  return {
    asked,
    ids: {
      get size() {
        return set.size;
      },
      has: (id: string) => {
        asked.n++;
        return set.has(id);
      },
    },
  };
}

describe('rows that skip drawing again', () => {
  it('compare props value by value, and notice a prop added, removed or changed', () => {
    const f = () => {};
    expect(sameProps({ a: 1, f }, { a: 1, f })).toBe(true);
    expect(sameProps({ a: 1, f }, { a: 1, f: () => {} })).toBe(false);
    expect(sameProps({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameProps({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameProps({ a: new Set() }, { a: new Set() })).toBe(false);
  });
});

describe('visible view, stopping early', () => {
  const data = library();
  const views = buildLibraryView(data);

  it('stops asking the set once the page is full, and still counts what is left', () => {
    const river = data.statements.filter((s) => s.text.startsWith('river')).map((s) => s.id);
    const { ids, asked } = counting(river);
    const shown = visibleView(views, ids, null, '', FIRST_SCREEN);
    expect(shown.people.map((p) => p.person.id)).toEqual(['ada']);
    expect(shown.people[0]!.statements.map((s) => s.statement.id)).toEqual(
      Array.from({ length: FIRST_SCREEN }, (_, i) => `a${i * 3}`),
    );
    expect(shown.hidden).toBe(river.length - FIRST_SCREEN);
    // Ada's 330 statements are looked at; Zed's 30 are not, the page being full by then.
    expect(asked.n).toBe(330);
  });

  it('stops once every statement in the set is met, even with room left on the page', () => {
    const { ids, asked } = counting(['a0', 'a1']);
    const shown = visibleView(views, ids, null, '', 300);
    expect(shown.people.flatMap((p) => p.statements.map((s) => s.statement.id))).toEqual(['a0', 'a1']);
    expect(shown.hidden).toBe(0);
    expect(asked.n).toBe(330);
  });

  it('still shows people found by name after the page is full, and counts their statements as left', () => {
    const { ids, asked } = counting(data.statements.map((s) => s.id));
    const shown = visibleView(views, ids, new Set(['mo', 'zed']), '', 10);
    // Mo has nothing to show but was found by name; Zed's statements are all past the page.
    expect(shown.people.map((p) => p.person.id)).toEqual(['ada', 'mo']);
    expect(shown.hidden).toBe(360 - 10);
    // Past the page, one of Zed's statements is enough to know he is not drawn.
    expect(asked.n).toBe(330 + 1);
  });

  it('walks the whole library when the set names statements it does not hold', () => {
    const { ids, asked } = counting(['z29', 'gone']);
    const shown = visibleView(views, ids, null, '', 300);
    expect(shown.people.map((p) => p.person.id)).toEqual(['zed']);
    expect(shown.hidden).toBe(0);
    expect(asked.n).toBe(360);
  });

  it('with a person chosen, counts exactly within that person', () => {
    const { ids } = counting(['a0', 'a3', 'z0']);
    const shown = visibleView(views, ids, null, 'ada', 1);
    expect(shown.people[0]!.statements.map((s) => s.statement.id)).toEqual(['a0']);
    expect(shown.hidden).toBe(1);
  });
});

describe('drawing a page a screenful at a time', () => {
  let root: HTMLElement;
  let steps: (() => void)[];
  const idle: IdleScheduler = (work) => {
    steps.push(work);
    return () => {
      steps = steps.filter((w) => w !== work);
    };
  };
  /** Runs the queued idle steps (one round), then lets effects queue the next. */
  const runIdle = async () => {
    const now = steps;
    steps = [];
    for (const work of now) work();
    await flush();
  };
  const flush = () => new Promise((r) => setTimeout(r, 30));
  let seen: number[];
  function Probe({ k, wanted }: { k: string; wanted: number }) {
    const count = useProgressiveCount(k, () => wanted, idle, 5, 10);
    seen.push(count);
    return <p>{count}</p>;
  }
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    steps = [];
    seen = [];
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('starts at the first screenful, adds a step per idle moment, and stops at what is wanted', async () => {
    render(<Probe k="a" wanted={28} />, root);
    await flush();
    expect(root.textContent).toBe('5');
    expect(steps).toHaveLength(1);
    await runIdle();
    expect(root.textContent).toBe('15');
    await runIdle();
    await runIdle();
    expect(root.textContent).toBe('28');
    expect(steps).toHaveLength(0);
  });

  it('starts again on a new key, drops a step queued for the old one, and goes on when more is wanted', async () => {
    render(<Probe k="a" wanted={100} />, root);
    await flush();
    await runIdle();
    expect(root.textContent).toBe('15');
    const stale = steps[0]!;
    render(<Probe k="b" wanted={100} />, root);
    expect(root.textContent).toBe('5');
    stale();
    await flush();
    expect(root.textContent).toBe('5');
    await runIdle();
    expect(root.textContent).toBe('15');
    // Same key, nothing more wanted: it stays; more wanted later: it goes on from where it was.
    render(<Probe k="b" wanted={15} />, root);
    await flush();
    expect(steps).toHaveLength(0);
    render(<Probe k="b" wanted={40} />, root);
    await flush();
    await runIdle();
    expect(root.textContent).toBe('25');
  });
});

describe('manager over a long page of results', () => {
  let db: OnRecordDb;
  let root: HTMLElement;
  beforeEach(() => {
    db = freshDb();
    root = document.createElement('div');
    document.body.append(root);
    const data = library();
    const base = libraryActions(
      db,
      () => {},
      () => data,
    );
    // Searches answer after a moment, as they may on a large library, so the busy state can be seen.
    const actions = {
      ...base,
      search: (q: string) => new Promise<unknown>((r) => setTimeout(r, 40)).then(() => base.search(q)),
    };
    render(<ManagerApp data={data} onLoadStarter={actions.loadStarter} actions={actions} />, root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    db.close();
  });
  const shown = () => root.querySelectorAll('li.statement').length;
  const text = () => root.textContent ?? '';
  const search = () => root.querySelector<HTMLInputElement>('input[type=search]')!;
  const type = (value: string) => {
    search().value = value;
    search().dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** Polls as often as timers allow, so the render that brings a result is seen before any idle step. */
  async function whenTrue(ok: () => boolean) {
    for (let i = 0; i < 2000 && !ok(); i++) await new Promise((r) => setTimeout(r, 0));
    expect(ok()).toBe(true);
  }

  it('draws a screenful with the answer, the rest of the page later, then offers more', async () => {
    expect(shown()).toBe(FIRST_SCREEN);
    await expect.poll(shown, { timeout: 10_000 }).toBe(300);
    expect(text()).toContain('Show 60 more of 60 not shown');

    type('river');
    // The list is busy until the answer for this query is drawn.
    await whenTrue(() => root.querySelector('main')!.getAttribute('aria-busy') === 'true');
    expect(shown()).toBe(300);
    await whenTrue(() => text().includes('140 of 360 statements match.'));
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
    expect(shown()).toBe(FIRST_SCREEN);
    expect(text()).not.toContain('not shown');
    expect(shown()).toBeLessThan(FIRST_SCREEN + STEP + 1);
    await expect.poll(shown, { timeout: 10_000 }).toBe(140);
    expect(text()).not.toContain('not shown');
    const texts = [...root.querySelectorAll('li.statement blockquote')].map((b) => b.textContent);
    expect(texts.every((t) => t?.startsWith('river'))).toBe(true);

    type('');
    await whenTrue(() => text().includes('360 statements.'));
    await expect.poll(shown, { timeout: 10_000 }).toBe(300);
    [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show 60 more'))!.click();
    await expect.poll(shown, { timeout: 10_000 }).toBe(360);
    expect(text()).not.toContain('not shown');
  });

  it('keeps a selection across searches, and a searched-for person with no statements', async () => {
    const box = root.querySelector<HTMLInputElement>('li.statement input[type=checkbox]')!;
    box.click();
    await expect.poll(text).toContain('1 selected');
    type('mo');
    await whenTrue(() => text().includes('0 of 360 statements match.'));
    expect(text()).toContain('Mo Miller');
    expect(text()).toContain('No statements recorded yet.');
    type('');
    await whenTrue(() => shown() > 0);
    expect(root.querySelector<HTMLInputElement>('li.statement input[type=checkbox]')!.checked).toBe(true);
    expect(text()).toContain('1 selected');
  });
});
