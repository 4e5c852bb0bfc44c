import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSliceQueue } from '@/lib/page/dom/slices';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createSliceQueue', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs items in order, front items and first-added items before the rest', () => {
    const done: string[] = [];
    const queue = createSliceQueue<string>(
      (item, front) => {
        done.push(item);
        if (item === 'split') front(['part 1', 'part 2']);
      },
      new AbortController().signal,
      1000,
    );
    queue.add('a');
    queue.add('split');
    queue.add('b');
    queue.add('urgent', true);
    queue.run();
    expect(done).toEqual(['urgent', 'a', 'split', 'part 1', 'part 2', 'b']);
  });

  it('takes turns between what the page keeps adding and the article it opened with', () => {
    const done: string[] = [];
    let added = 0;
    const queue = createSliceQueue<string>(
      (item) => {
        done.push(item);
        // A page that adds something new every time we read anything.
        if (added < 6) queue.add(`new ${++added}`, true);
      },
      new AbortController().signal,
      1000,
    );
    queue.add('article 1');
    queue.add('article 2');
    queue.add('new 0', true);
    queue.run();
    // Every other item comes from the article while both wait; nothing is lost.
    expect(done[0]).toBe('new 0');
    expect(done[1]).toBe('article 1');
    expect(done[3]).toBe('article 2');
    expect(done).toHaveLength(9);
  });

  it('yields once the slice is used up and finishes the rest later', async () => {
    const done: number[] = [];
    const queue = createSliceQueue<number>((n) => done.push(n), new AbortController().signal, 0);
    for (let i = 0; i < 4; i++) queue.add(i);
    queue.run();
    expect(done).toEqual([0]);
    expect(queue.size()).toBe(3);
    await wait(100);
    expect(done).toEqual([0, 1, 2, 3]);
  });

  it('skips an item that throws and goes on', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const done: number[] = [];
    const queue = createSliceQueue<number>(
      (n) => {
        if (n === 1) throw new Error('unreadable');
        done.push(n);
      },
      new AbortController().signal,
      1000,
    );
    for (const n of [0, 1, 2]) queue.add(n);
    queue.run();
    expect(done).toEqual([0, 2]);
  });

  it('drops everything and takes nothing more once aborted', async () => {
    const controller = new AbortController();
    const done: number[] = [];
    const queue = createSliceQueue<number>((n) => done.push(n), controller.signal, 0);
    for (const n of [0, 1, 2]) queue.add(n);
    queue.run();
    controller.abort();
    queue.add(3);
    queue.run();
    await wait(50);
    expect(done).toEqual([0]);
    expect(queue.size()).toBe(0);
  });
});
