/**
 * Steps several stories take in a manager tab opened with `openExtensionTab('manager.html')`
 * (support/extension-browser.ts): waiting until it lists the library, then importing a pack through its own
 * import or reading what it shows.
 */
import { pollUntil } from '@/scripts/support/driver';
import { visibleText } from '@/scripts/support/page-probes';
import { importPackInPage } from '../library-ui';
import type { ExtensionTab } from './extension-browser';

/** Words of the starter pack: once the manager shows them, the library is read and the import control is there. */
const STARTER_WORDS = 'Ukraine is no exception';

/** Imports `pack` through the manager's own import once it lists the starter pack; closes the tab. */
export async function importWhenListed(manager: ExtensionTab, pack: string): Promise<string> {
  await pollUntil(
    () => manager.evaluate(visibleText, undefined),
    (t) => t.includes(STARTER_WORDS),
    15_000,
    100,
  );
  const result = await manager.evaluate(importPackInPage, pack);
  await manager.close();
  return result;
}

/** The manager's visible text once `settled` holds (or after ten seconds, as it is then); closes the tab. */
export async function managerTextWhen(manager: ExtensionTab, settled: (text: string) => boolean): Promise<string> {
  const { value } = await pollUntil(() => manager.evaluate(visibleText, undefined), settled, 10_000, 100);
  await manager.close();
  return value;
}
