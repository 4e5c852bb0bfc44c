import { render } from 'preact';
import { prepareFilterChoices } from '@/components/manager/filter-choices';
import { ManagerApp } from '@/components/manager/ManagerApp';
import type { MarkColours } from '@/lib/core/colours';
import { type LibraryData, prepareLibraryView } from '@/lib/core/library-model';
import { localizePage } from '@/lib/core/localize-page';
import { changeSettings, watchSettingsChanges } from '@/lib/core/settings-change';
import { subscriptionClient } from '@/lib/core/subscription-client';
import { db } from '@/lib/db/database';
import { loadColours } from '@/lib/db/repos-settings';
import { browserDownload, libraryActions } from '@/lib/manager/library-actions';
import { watchLibrary } from '@/lib/manager/library-store';
import { subscribeLinkUrl } from '@/lib/manager/subscribe-link';

localizePage(document);
const app = document.getElementById('app')!;
let data: LibraryData | null = null;
const actions = libraryActions(db, browserDownload, () => data);
// Colours are read from prefs here, but written by the background, which then tells every open tab to repaint.
const appearance = {
  load: () => loadColours(db),
  save: async (colours: MarkColours) => (await changeSettings({ change: 'colours', colours })).colours,
  watch: (onChange: (colours: MarkColours) => void) =>
    watchSettingsChanges(() => {
      loadColours(db).then(onChange, () => undefined);
    }),
};
let error: string | null = null;
const subscriptions = subscriptionClient();
// A subscribe link asks once: the hash is cleared so a reload does not ask again.
const subscribeLink = subscribeLinkUrl(location.hash);
if (subscribeLink) history.replaceState(null, '', location.pathname + location.search);

function draw() {
  render(
    <ManagerApp
      data={data}
      error={error}
      onLoadStarter={actions.loadStarter}
      actions={actions}
      appearance={appearance}
      subscriptions={subscriptions}
      subscribeLink={subscribeLink}
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
    void actions.prepareSearch();
  },
  (e: unknown) => {
    error = e instanceof Error ? e.message : String(e);
    draw();
  },
  // After a read of everything (opening, a bulk import or subscription), the grouping and menus are worked out
  // across tasks before the page draws, so taking in 100,000 statements freezes nothing; the search index is
  // built the same way after the draw (prepareSearch above), so the list does not wait for it.
  async (snapshot) => {
    await prepareLibraryView(snapshot);
    await prepareFilterChoices(snapshot);
  },
);
draw();
