import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import { describeRole } from '@/components/manager/PersonSection';
import { buildLibraryView, describeCounts } from '@/lib/core/library-model';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { putStatement, readLibrary } from '@/lib/db/repos';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { freshDb, statement } from './helpers';

let db: OnRecordDb;
let root: HTMLElement;
beforeEach(() => {
  db = freshDb();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

describe('library view', () => {
  it('groups the starter pack by person, newest first, with the relation at both ends', async () => {
    await loadStarterPackIfEmpty(db);
    const data = await readLibrary(db);
    expect(describeCounts(data)).toBe('3 people · 8 statements · 1 relation');
    const people = buildLibraryView(data);
    expect(people.map((p) => p.person.name)).toEqual(['Hua Chunying', 'Sergey Lavrov', 'Wang Yi']);
    const wang = people[2]!;
    expect(wang.statements.map((s) => s.statement.date)).toEqual([
      '2022-02-24',
      '2022-02-24',
      '2022-02-19',
      '2022-02-19',
    ]);
    const munich = wang.statements.find((s) => s.statement.text.includes('Ukraine is no exception'))!;
    expect(munich.relations).toHaveLength(1);
    expect(munich.relations[0]).toMatchObject({ side: 'earlier', otherSpeaker: null });
    expect(munich.relations[0]?.other?.text).toContain('China always respects');
  });

  it('names the other speaker when a relation crosses people', async () => {
    await loadStarterPackIfEmpty(db);
    await db.relations.add({
      id: 'x',
      fromId: 'sergey-lavrov-2022-02-24-call-forced',
      toId: 'wang-yi-2022-02-24-call-cold-war',
      type: 'consistent-with',
      note: '',
      labelledBy: 'me',
      createdAt: '2024-01-01',
    });
    const lavrov = buildLibraryView(await readLibrary(db)).find((p) => p.person.name === 'Sergey Lavrov')!;
    expect(lavrov.statements[0]?.relations[0]).toMatchObject({ side: 'later', otherSpeaker: 'Wang Yi' });
  });

  it.each([
    [{ title: 'Minister' }, 'Minister'],
    [{ title: 'Minister', from: '2013-03-16' }, 'Minister (from 16 Mar 2013)'],
    [{ title: 'Minister', to: '2022-12-30' }, 'Minister (until 30 Dec 2022)'],
    [{ title: 'Minister', from: '2013-03-16', to: '2022-12-30' }, 'Minister (16 Mar 2013 – 30 Dec 2022)'],
  ])('describes role %j as %j', (role, text) => {
    expect(describeRole(role)).toBe(text);
  });
});

describe('ManagerApp', () => {
  it('shows an empty state that offers the starter pack, and loads it', async () => {
    let loaded = false;
    const onLoadStarter = async () => {
      await loadStarterPackIfEmpty(db);
      loaded = true;
    };
    render(<ManagerApp data={await readLibrary(db)} onLoadStarter={onLoadStarter} />, root);
    expect(root.textContent).toContain('Your library is empty');
    root.querySelector('button')!.click();
    await expect.poll(() => loaded).toBe(true);
    render(<ManagerApp data={await readLibrary(db)} onLoadStarter={onLoadStarter} />, root);
    expect(root.textContent).toContain('Munich Security Conference');
  });

  it('lists people, roles, aliases, statements, sources and relation notes', async () => {
    await loadStarterPackIfEmpty(db);
    render(<ManagerApp data={await readLibrary(db)} onLoadStarter={async () => {}} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('Chinese foreign minister');
    expect(text).toContain("Beijing's top diplomat");
    expect(text).toContain('Ukraine is no exception.');
    expect(text).toContain('Shift in emphasis · Earlier, on 19 Feb 2022 (Munich Security Conference):');
    expect(text).toContain('Shift in emphasis · Later, on 24 Feb 2022 (Phone call with Sergey Lavrov');
    const readings = [...root.querySelectorAll('.relation-reading')].map((p) => p.textContent);
    expect(readings).toContain('— this shifts emphasis from it');
    expect(readings).toContain('— shifts emphasis from this');
    expect(text).toContain("Russia's legitimate concerns");
    const link = root.querySelector<HTMLAnchorElement>('.sources a')!;
    expect(link.href).toBe(
      'https://www.newsweek.com/china-shows-solidarity-russia-day-ukraine-invasion-1682224#:~:text=Everybody%20is%20busy%20now.',
    );
    expect(link.rel).toContain('noopener');
    expect(root.querySelectorAll('.people-nav li')).toHaveLength(3);
  });

  it('never renders a non-web source as a link', async () => {
    await loadStarterPackIfEmpty(db);
    const evil = statement({
      id: 'evil',
      personId: 'wang-yi',
      sources: [{ url: 'javascript:alert(1)', outlet: 'Evil' }],
    });
    // The library's door leaves such a source out; a library written by an older version may still hold one.
    expect((await putStatement(db, evil)).sources).toEqual([]);
    const data = await readLibrary(db);
    render(
      <ManagerApp data={{ ...data, statements: [...data.statements, evil] }} onLoadStarter={async () => {}} />,
      root,
    );
    expect(root.textContent).toContain('Evil');
    expect([...root.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript'))).toBe(false);
  });
});
