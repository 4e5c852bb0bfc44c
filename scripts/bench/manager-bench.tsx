/**
 * The manager page under load: the real ManagerApp with the manager's own store and actions, rendered over a
 * large library in a plain page, driven the way a reader drives it (typing into the search box, saving and
 * deleting statements) and timed until the list on screen shows the result.
 */
import { render } from 'preact';
import type { ManagerActions } from '@/lib/core/manager-actions';
import { libraryActions } from '@/lib/manager/library-actions';
import { watchLibrary } from '@/lib/manager/library-store';
import { ManagerApp } from '../../components/manager/ManagerApp';
import type { Statement } from '../../lib/core/records';
import { OnRecordDb } from '../../lib/db/database-schema';
import { deleteStatements, type LibrarySnapshot, putStatement } from '../../lib/db/repos';
import { pct } from './run-bench';

/** The manager page opened by `openManager`, with what the timings need to know. */
interface Opened {
  db: OnRecordDb;
  root: HTMLElement;
  data: () => LibrarySnapshot | null;
  /** How many snapshots have been drawn; a search started at or after a version has seen that snapshot. */
  version: () => number;
  ready: () => Promise<void>;
  /** The version the last finished search ran over, and its query. */
  searched: () => { version: number; query: string };
}

let opened: Opened | null = null;

/** Opens the manager over the library in database `name`; resolves once its statements are on screen. */
export async function openManager(name: string): Promise<{ statements: number; loadMs: number }> {
  const t0 = performance.now();
  const db = new OnRecordDb(name);
  const root = document.createElement('div');
  document.body.append(root);
  let data: LibrarySnapshot | null = null;
  let version = 0;
  let searched = { version: -1, query: '' };
  let drawnAt: number | undefined;
  const base = libraryActions(
    db,
    () => {},
    () => data,
  );
  const actions: ManagerActions = {
    ...base,
    async search(query) {
      const at = version;
      const found = await base.search(query);
      if (at >= searched.version) searched = { version: at, query };
      return found;
    },
  };
  const draw = () => render(<ManagerApp data={data} onLoadStarter={actions.loadStarter} actions={actions} />, root);
  watchLibrary(
    db,
    (snapshot) => {
      data = snapshot;
      version++;
      draw();
      // Rendering is synchronous: the list is on screen now, before any idle work (the search index) runs.
      drawnAt ??= root.querySelector('li.statement') ? performance.now() : undefined;
      base.prepareSearch();
    },
    (e) => {
      throw e;
    },
  );
  draw();
  // A search for a word no statement has builds the index if idle time has not yet, and finds nothing.
  const ready = async () => void (await base.search('zzzzzz'));
  opened = { db, root, data: () => data, version: () => version, searched: () => searched, ready };
  await until(() => drawnAt !== undefined);
  return { statements: data!.statements.length, loadMs: drawnAt! - t0 };
}

/** Resolves once the search index is built (the page builds it in idle time after loading). */
export async function searchReady(): Promise<void> {
  await need().ready();
}

/**
 * Types `query` one character at a time (after emptying the box, with `clearFirst`); returns the time from each keystroke to its results on screen: the
 * search has answered this very query, the results list says so (it is no longer aria-busy) with its first
 * statements in the page, and the browser has drawn a frame of it. The rest of the page of results, drawn in
 * idle time after that, is not waited for (the next keystroke comes straight after, as a fast typist's does).
 */
export async function typeQuery(query: string, clearFirst = false): Promise<number[]> {
  const { root } = need();
  const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
  const results = () => root.querySelector('main');
  const times: number[] = [];
  for (let n = clearFirst ? 0 : 1; n <= query.length; n++) {
    const typed = query.slice(0, n);
    const t0 = performance.now();
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(
      () =>
        need().searched().query === typed &&
        results()?.getAttribute('aria-busy') === 'false' &&
        (results()!.querySelector('li.statement') !== null || root.textContent!.includes('No statements match')),
    );
    await frame();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * With a search active, creates, edits and deletes a statement `cycles` times, each time until the list on
 * screen shows the change and the search has been re-run over the changed library. Returns each time, sorted.
 */
export async function editCycles(cycles: number, query: string): Promise<{ p50: number; p95: number; max: number }> {
  const { db, root, data } = need();
  const first = [...data()!.people].sort((a, b) => a.name.localeCompare(b.name))[0]!;
  const times: number[] = [];
  const timed = async (change: () => Promise<unknown>, done: () => boolean) => {
    const t0 = performance.now();
    await change();
    await until(done);
    await settled();
    times.push(performance.now() - t0);
  };
  const shows = (word: string) => root.textContent!.includes(word);
  for (let i = 0; i < cycles; i++) {
    const made = `benchmade${i}q`;
    const edited = `benchedited${i}q`;
    const statement: Statement = {
      id: `bench-edit-${i}`,
      personId: first.id,
      text: `${query} ${made}`,
      date: '2031-01-01',
      sources: [],
      tags: [],
      createdAt: '',
      updatedAt: '',
    };
    await timed(
      () => putStatement(db, statement),
      () => shows(made),
    );
    await timed(
      () => putStatement(db, { ...statement, text: `${query} ${edited}` }),
      () => shows(edited) && !shows(made),
    );
    await timed(
      () => deleteStatements(db, [statement.id]),
      () => !shows(edited),
    );
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), max: times.at(-1)! };
}

/** Closes the manager and deletes its database. */
export async function closeManager(): Promise<void> {
  const { db, root } = need();
  render(null, root);
  root.remove();
  db.close();
  await OnRecordDb.delete(db.name);
  opened = null;
}

function need(): Opened {
  if (!opened) throw new Error('openManager first');
  return opened;
}

/** Waits until the search has run over the latest snapshot and the page has drawn what it found. */
async function settled(): Promise<void> {
  const { version, searched } = need();
  await until(() => searched().version >= version());
  await frame();
}

async function until(ok: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!ok()) {
    if (performance.now() > end) throw new Error('timed out waiting for the manager');
    await new Promise((r) => setTimeout(r, 4));
  }
}

function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}
