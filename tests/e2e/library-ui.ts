/**
 * The manager's data actions driven from inside the manager page, the same way in Chromium (playwright-core)
 * and Firefox (puppeteer-core over BiDi): each function is built by `inPage` (support/probe-kit.ts), so
 * either driver sends it whole, helpers included. They press the page's own buttons; only the file dialog and
 * the browser's download shelf are stood in for.
 */
import { inPage } from './support/probe-kit';

/** What the export dialog is set to: format and part of the library by their labels, and the person or tag. */
export interface ExportChoice {
  format?: string;
  scope?: string;
  pick?: string;
}

/** A pack compared without what must differ between two exports (its meta: name and day of export). */
export interface ComparablePack {
  people: { id: string }[];
  statements: { id: string }[];
  relations: { id: string }[];
}

/** The records of an exported pack, each list sorted by id, for comparing two exports. */
export function comparable(json: string): ComparablePack {
  const pack = JSON.parse(json) as ComparablePack;
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return { people: byId(pack.people), statements: byId(pack.statements), relations: byId(pack.relations) };
}

/**
 * Presses "Export…", picks the format and part of the library in the export dialog (by their labels; the
 * whole library as a pack when none are given), presses Export and returns the file the manager handed to
 * the browser: the link's click (which would open the download) is caught and the Blob URL read instead.
 * Runs inside the manager page.
 */
export const exportInPage = inPage(async (kit, choice?: ExportChoice): Promise<string> => {
  const { format, scope, pick } = choice ?? {};
  const { wait } = kit;
  const proto = HTMLAnchorElement.prototype;
  const original = proto.click;
  const file = new Promise<string>((resolve, reject) => {
    proto.click = function (this: HTMLAnchorElement) {
      proto.click = original;
      if (!this.download) return reject(new Error('the clicked link is not a download'));
      fetch(this.href)
        .then((r) => r.text())
        .then(resolve, reject);
    };
  });
  const button = (name: string, scopeEl: ParentNode = document) =>
    [...scopeEl.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  (await wait(() => button('Export…'), 'the Export… button')).click();
  const dialog = await wait(
    () => document.querySelector('section[aria-label="Export from your library"]'),
    'the dialog',
  );
  const labelled = (text: string) =>
    [...dialog.querySelectorAll('label')]
      .find((l) => l.textContent?.trim().startsWith(text))
      ?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
  const choose = async (text: string, value?: string) => {
    const el = await wait(() => labelled(text), text);
    if (value !== undefined) el.value = value;
    else (el as HTMLInputElement).checked = true;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await kit.pause(50);
  };
  if (format) await choose(format);
  if (scope) await choose(scope);
  if (pick !== undefined) await choose(scope === 'One tag' ? 'Tag to export' : 'Person to export', pick);
  const submit = await wait(() => {
    const b = button('Export', dialog);
    return b && !b.disabled ? b : null;
  }, 'the Export button');
  submit.click();
  return file;
});

/** The whole library as a pack, through the export dialog with its remembered details. */
export const exportPackInPage = exportInPage;

/** Presses "Delete everything…", confirms, and waits for the manager to say the library is empty. */
export const wipeInPage = inPage(async ({ wait }): Promise<string> => {
  const button = (name: string, scope: ParentNode = document) =>
    [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  (await wait(() => button('Delete everything…'), 'Delete everything…')).click();
  const dialog = await wait(() => document.querySelector('[role="alertdialog"]'), 'the confirmation');
  (await wait(() => button('Delete everything', dialog), 'the confirm button')).click();
  return wait(
    () =>
      [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.includes('now empty'))?.textContent,
    'the empty-library message',
  );
});

/**
 * Picks a file (a pack's text, or `{ text, fileName }` for a CSV) as the import file, as the file dialog
 * would, waits for the preview, imports, and returns the result line.
 */
export const importPackInPage = inPage(
  async ({ wait, pickFile }, file: string | { text: string; fileName: string }): Promise<string> => {
    const { text, fileName } = typeof file === 'string' ? { text: file, fileName: 'onrecord-library.json' } : file;
    pickFile(fileName, text);
    const preview = await wait(() => document.querySelector('[aria-label="Import preview"]'), 'the import preview');
    const apply = await wait(
      () => [...preview.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import'),
      'the Import button',
    );
    apply.click();
    return wait(
      () =>
        [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.startsWith('Import done'))
          ?.textContent,
      'the import result',
    );
  },
);

/**
 * Picks `text` as the import file, reads the preview's person / organisation conflicts, chooses `choice` for
 * them, imports, and returns what the preview said and the result.
 */
export const importWithPersonConflictInPage = inPage(
  async (
    { wait, pickFile },
    { text, choice }: { text: string; choice: 'skip' | 'new' | 'replace' },
  ): Promise<{ conflicts: string; result: string }> => {
    pickFile('conflicting.json', text);
    const preview = await wait(() => document.querySelector('[aria-label="Import preview"]'), 'the import preview');
    const fieldset = await wait(() => preview.querySelector('fieldset.person-conflicts'), 'the person conflicts');
    const radio = await wait(
      () => fieldset.querySelector<HTMLInputElement>(`input[type="radio"][value="${choice}"]`),
      'the choice',
    );
    radio.click();
    const apply = await wait(
      () => [...preview.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import'),
      'the Import button',
    );
    apply.click();
    const result = await wait(
      () =>
        [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.startsWith('Import done'))
          ?.textContent,
      'the import result',
    );
    return { conflicts: fieldset.textContent ?? '', result };
  },
);
