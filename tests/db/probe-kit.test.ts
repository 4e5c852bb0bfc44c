import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inPage } from '../e2e/support/probe-kit';

/** What a driver does with a probe: sends its source, which the page compiles on its own, with no closure. */
function asSent<P extends unknown[], R>(fn: (...arg: P) => Promise<R>): (...arg: P) => Promise<R> {
  return new Function(`return ${fn.toString()};`)() as (...arg: P) => Promise<R>;
}

const original = globalThis.indexedDB;

/** The library as the extension names it, with a store and an index like the real ones. */
function openLibrary(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('onrecord', 1);
    open.onupgradeneeded = () => {
      const statements = open.result.createObjectStore('statements', { keyPath: 'id' });
      statements.createIndex('origin', 'origin');
      for (const [id, origin] of [
        ['s1', 'desk'],
        ['s2', 'desk'],
        ['s3', 'other'],
      ])
        statements.put({ id, origin });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

describe('the in-page probe kit', () => {
  beforeEach(async () => {
    globalThis.indexedDB = new IDBFactory();
    await openLibrary();
  });
  afterEach(() => {
    globalThis.indexedDB = original;
  });

  it('waits for a value that appears later and passes the caller its argument', async () => {
    const probe = asSent(
      inPage(async ({ wait }, after: number) => {
        const start = Date.now();
        return wait(() => Date.now() - start >= after && `after ${after}`, 'the delay');
      }),
    );
    await expect(probe(120)).resolves.toBe('after 120');
  });

  it('times out naming what it waited for', async () => {
    const probe = asSent(inPage(({ wait }) => wait(() => null, 'nothing at all', 2)));
    await expect(probe()).rejects.toThrow('timed out waiting for nothing at all');
  });

  it.each([
    [undefined, ['s1', 's2', 's3']],
    [{ name: 'origin', key: 'desk' }, ['s1', 's2']],
    [{ name: 'origin', key: 'none' }, []],
  ])('reads the library’s records (index %o)', async (index, ids) => {
    const probe = asSent(
      inPage(async ({ readAll }, by: typeof index) =>
        (await readAll<{ id: string }>('statements', by)).map((s) => s.id),
      ),
    );
    expect(await probe(index)).toEqual(ids);
  });

  it.each([
    ['s3', { id: 's3', origin: 'other' }],
    ['s9', undefined],
  ])('reads one record by key (%s)', async (key, record) => {
    const probe = asSent(inPage(({ readOne }, id: string) => readOne('statements', id)));
    expect(await probe(key)).toEqual(record);
  });
});
