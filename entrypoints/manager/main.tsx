import { render } from 'preact';
import type { LibraryData } from '@/components/manager/library-model';
import { ManagerApp } from '@/components/manager/ManagerApp';
import { loadColours, saveColours, watchColours } from '@/lib/core/settings';
import { db } from '@/lib/db/database';
import { browserDownload, libraryActions } from './library-actions';
import { watchLibrary } from './library-store';

const app = document.getElementById('app')!;
let data: LibraryData | null = null;
const actions = libraryActions(db, browserDownload, () => data);
const appearance = { load: loadColours, save: saveColours, watch: watchColours };
let error: string | null = null;

function draw() {
  render(
    <ManagerApp
      data={data}
      error={error}
      onLoadStarter={actions.loadStarter}
      actions={actions}
      appearance={appearance}
    />,
    app,
  );
}

// The library as it changes, here or in another extension page; an edit patches the snapshot, never re-reads all.
watchLibrary(
  db,
  (snapshot) => {
    data = snapshot;
    error = null;
    draw();
    actions.prepareSearch();
  },
  (e: unknown) => {
    error = e instanceof Error ? e.message : String(e);
    draw();
  },
);
draw();
