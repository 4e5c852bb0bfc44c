import { useState } from 'preact/hooks';

/** What the manager says when the library holds nothing, and the one thing a reader can do about it now. */
export function EmptyState({ onLoadStarter }: { onLoadStarter: () => Promise<void> }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const load = async () => {
    setState('busy');
    try {
      await onLoadStarter();
    } catch {
      setState('failed');
    }
  };
  return (
    <main class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">Your library is empty</h2>
      <p>
        OnRecord shows what a speaker said before only from statements kept here, in this browser. Nothing is fetched
        from anywhere.
      </p>
      <p>
        Start with the starter pack: Wang Yi, Sergey Lavrov and Hua Chunying on the day of Russia's invasion of Ukraine,
        with Wang Yi's words at the Munich Security Conference five days earlier.
      </p>
      <button type="button" onClick={load} disabled={state === 'busy'}>
        {state === 'busy' ? 'Loading…' : 'Load the starter pack'}
      </button>
      {state === 'failed' && <p role="alert">The starter pack could not be loaded. Reload this page and try again.</p>}
      <p class="muted">
        Or bring your own: import a pack file with “Import a pack” above, or start from scratch with “New person”, then
        “Add a statement” in their section.
      </p>
    </main>
  );
}
