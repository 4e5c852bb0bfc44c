/**
 * The manager's data actions driven from inside the manager page, the same way in Chromium (playwright-core)
 * and Firefox (puppeteer-core over BiDi): each function is self-contained, so either driver can send it. They
 * press the page's own buttons; only the file dialog and the browser's download shelf are stood in for.
 */

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
 * Presses "Export pack (JSON)" and returns the file the manager handed to the browser: the link's click (which
 * would open the download) is caught and the Blob URL read instead.
 */
export const exportPackInPage = async (): Promise<string> => {
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
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Export pack (JSON)');
  if (!button) throw new Error('no Export pack button');
  button.click();
  return file;
};

/** Presses "Delete everything…", confirms, and waits for the manager to say the library is empty. */
export const wipeInPage = async (): Promise<string> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
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
};

/** Picks `text` as the import file (as the file dialog would), waits for the preview, imports, returns the result. */
export const importPackInPage = async (text: string): Promise<string> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const files = new DataTransfer();
  files.items.add(new File([text], 'onrecord-library.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
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
};

/**
 * Picks `text` as the import file, reads the preview's person / organisation conflicts, chooses `choice` for
 * them, imports, and returns what the preview said and the result.
 */
export const importWithPersonConflictInPage = async ({
  text,
  choice,
}: {
  text: string;
  choice: 'skip' | 'new' | 'replace';
}): Promise<{ conflicts: string; result: string }> => {
  const wait = async <T>(read: () => T | null | undefined, what: string): Promise<T> => {
    for (let i = 0; i < 200; i++) {
      const value = read();
      if (value) return value;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const files = new DataTransfer();
  files.items.add(new File([text], 'conflicting.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
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
};
