import { liveQuery, type Subscription } from 'dexie';
import { render } from 'preact';
import { expect } from 'vitest';
import { ManagerApp } from '@/components/manager/ManagerApp';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { readLibrary } from '@/lib/db/repos';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import { libraryActions } from '@/lib/manager/library-actions';
import { freshDb } from './helpers';

/** A file the manager handed to the browser to download. */
export interface Download {
  name: string;
  type: string;
  text: string;
}

/** The manager as its entrypoint mounts it, over a fresh library holding the starter pack. */
export interface MountedManager {
  db: OnRecordDb;
  root: HTMLElement;
  /** Every download the manager asked for, in order. */
  downloads: Download[];
  /** Unmounts the manager, stops its live query and closes the library. */
  unmount(): void;
}

/**
 * Mounts the manager the way its entrypoint does (live library, real actions, downloads captured) and waits for the
 * starter pack to be drawn, so every manager test starts from the same screen.
 */
export async function mountManager(): Promise<MountedManager> {
  const db = freshDb();
  await loadStarterPackIfEmpty(db);
  const downloads: Download[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  let data: Awaited<ReturnType<typeof readLibrary>> | null = null;
  const actions = libraryActions(
    db,
    (name, type, text) => downloads.push({ name, type, text }),
    () => data,
  );
  const subscription: Subscription = liveQuery(() => readLibrary(db)).subscribe((snapshot) => {
    data = snapshot;
    render(<ManagerApp data={data} onLoadStarter={actions.loadStarter} actions={actions} />, root);
  });
  await expect.poll(() => root.textContent).toContain('Ukraine is no exception');
  return {
    db,
    root,
    downloads,
    unmount() {
      subscription.unsubscribe();
      render(null, root);
      root.remove();
      db.close();
    },
  };
}

/** The button whose label is exactly `label` (or matches it), or an error naming the label. */
export function buttonIn(root: HTMLElement, label: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}
