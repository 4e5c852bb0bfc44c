import { liveQuery } from 'dexie';
import { render } from 'preact';
import type { LibraryData } from '../../components/manager/library-model';
import { ManagerApp } from '../../components/manager/ManagerApp';
import { db } from '../../lib/db/database';
import { readLibrary } from '../../lib/db/repos';
import { loadColours, saveColours, watchColours } from '../../lib/settings';
import { browserDownload, libraryActions } from './library-actions';

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

// A live query re-reads whenever the library changes, here or in another extension page (Dexie broadcasts).
liveQuery(() => readLibrary(db)).subscribe({
  next: (snapshot) => {
    data = snapshot;
    error = null;
    draw();
  },
  error: (e: unknown) => {
    error = e instanceof Error ? e.message : String(e);
    draw();
  },
});
draw();
