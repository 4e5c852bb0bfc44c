/**
 * The one way an in-page probe gets its helpers. A function handed to `page.evaluate` (playwright-core) or
 * `frame.evaluate` (puppeteer-core) travels as its source text, so it cannot close over anything of this
 * module. `inPage(probe)` therefore returns a function whose own source holds both the kit's maker and the
 * probe: either driver sends it whole, and the probe receives the kit as its first argument.
 *
 *   export const readTitle = inPage(async (kit, selector: string) =>
 *     (await kit.wait(() => document.querySelector(selector), selector)).textContent);
 *   await manager.evaluate(readTitle, 'h1');
 */

/** What every probe may use inside the page (or the extension's worker, all but `pickFile`). */
export interface ProbeKit {
  /** Polls `read` every 50 ms until it gives a value, at most `tries` times (200: 10 s); throws naming `what`. */
  wait<T>(read: () => T | null | undefined | false | '', what: string, tries?: number): Promise<T>;
  /** Lets the page run for `ms` milliseconds. */
  pause(ms: number): Promise<void>;
  /** Every record of one store of the library, or those an index holds under `key`. */
  readAll<T = Record<string, unknown>>(store: string, index?: { name: string; key: IDBValidKey }): Promise<T[]>;
  /** One record of one store of the library, undefined when there is none. */
  readOne<T = Record<string, unknown>>(store: string, key: IDBValidKey): Promise<T | undefined>;
  /** Gives the page's file input a file as the file dialog would: CSV by its name's ending, JSON otherwise. */
  pickFile(fileName: string, text: string): void;
}

/** Builds the kit where it runs; self-contained because its source is sent, never its closure. */
function makeProbeKit(): ProbeKit {
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const request = <T>(run: (db: IDBDatabase) => IDBRequest) =>
    new Promise<T>((resolve, reject) => {
      const open = indexedDB.open('onrecord');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const read = run(db);
        read.onsuccess = () => {
          db.close();
          resolve(read.result as T);
        };
        read.onerror = () => {
          db.close();
          reject(read.error);
        };
      };
    });
  return {
    pause,
    async wait(read, what, tries = 200) {
      for (let i = 0; i < tries; i++) {
        const value = read();
        if (value) return value;
        await pause(50);
      }
      throw new Error(`timed out waiting for ${what}`);
    },
    readAll: (store, index) =>
      request((db) => {
        const records = db.transaction(store, 'readonly').objectStore(store);
        return index ? records.index(index.name).getAll(index.key) : records.getAll();
      }),
    readOne: (store, key) => request((db) => db.transaction(store, 'readonly').objectStore(store).get(key)),
    pickFile(fileName, text) {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      if (!input) throw new Error('no file input');
      const files = new DataTransfer();
      const type = fileName.endsWith('.csv') ? 'text/csv' : 'application/json';
      files.items.add(new File([text], fileName, { type }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}

/**
 * Gives `probe` the kit inside the page: the returned function, sent by either driver, makes the kit there and
 * calls the probe with it and the caller's argument.
 */
export function inPage<R, P extends [] | [arg: unknown] | [arg?: unknown]>(
  probe: (kit: ProbeKit, ...arg: P) => R | Promise<R>,
): (...arg: P) => Promise<R> {
  const source = `async (arg) => (${probe.toString()})((${makeProbeKit.toString()})(), arg)`;
  return new Function(`return ${source};`)() as (...arg: P) => Promise<R>;
}
