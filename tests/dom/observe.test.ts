import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG } from '@/lib/page/dom/card-frame';
import { MARK_TAG } from '@/lib/page/dom/highlight';
import { type MutationBatch, outermost, watchMutations } from '@/lib/page/dom/observe';

const DELAY = 100;
/** Lets the observer's microtask run, then the batch timer. */
const settle = async () => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(DELAY + 1);
};

describe('watchMutations', () => {
  let batches: MutationBatch[];
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p id="a">First paragraph.</p></main><div contenteditable="true" id="ed"></div>';
    batches = [];
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const watch = () => {
    const watcher = watchMutations((b) => batches.push(b), { signal: controller.signal, delayMs: DELAY });
    watcher.observe(document);
    return watcher;
  };

  it('reports content added in a burst as one batch of outermost elements', async () => {
    watch();
    const post = document.createElement('article');
    post.innerHTML = '<p>One.</p>';
    document.querySelector('main')!.append(post);
    post.append(document.createElement('p'));
    const other = document.createElement('section');
    document.body.append(other);
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toEqual([post, other]);
    expect(batches[0]!.removed).toBe(false);
  });

  it('reports changed text by its element, and removals', async () => {
    watch();
    (document.getElementById('a')!.firstChild as Text).data = 'Changed text.';
    document.querySelector('main')!.append(document.createElement('p'));
    document.querySelector('main')!.lastElementChild!.remove();
    await settle();
    expect(batches[0]!.added).toEqual([document.getElementById('a')]);
    expect(batches[0]!.removed).toBe(true);
  });

  it.each([
    ['our own highlight', () => document.getElementById('a')!.append(document.createElement(MARK_TAG))],
    ['the card host', () => document.documentElement.append(document.createElement(CARD_HOST_TAG))],
    ['typing in an editable region', () => document.getElementById('ed')!.append('"Quoted," he said.')],
    ['a new block in an editable region', () => document.getElementById('ed')!.append(document.createElement('p'))],
  ])('ignores %s', async (_what, change) => {
    watch();
    change();
    await settle();
    expect(batches).toEqual([]);
  });

  it('does not hear writes made through quietly(), but keeps changes made before them', async () => {
    const watcher = watch();
    const early = document.createElement('p');
    document.querySelector('main')!.append(early);
    watcher.quietly(() => document.getElementById('a')!.append(document.createElement('span')));
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toEqual([early]);
    document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    expect(batches).toHaveLength(2);
  });

  it('stops for good when the signal aborts', async () => {
    watch();
    controller.abort();
    document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    expect(batches).toEqual([]);
  });
});

describe('a page that never stops changing', () => {
  it('gets batches further and further apart, and a prompt one after a quiet moment', async () => {
    vi.useRealTimers();
    document.body.innerHTML = '<main></main>';
    const controller = new AbortController();
    const times: number[] = [];
    const watcher = watchMutations(() => times.push(performance.now()), {
      signal: controller.signal,
      delayMs: 20,
      maxDelayMs: 160,
    });
    watcher.observe(document);
    const main = document.querySelector('main')!;
    const storm = setInterval(() => main.append(document.createElement('p')), 4);
    await new Promise((resolve) => setTimeout(resolve, 600));
    clearInterval(storm);
    // Every 20 ms would give about 30 batches; doubling up to 160 ms gives well under half that.
    expect(times.length).toBeGreaterThan(2);
    expect(times.length).toBeLessThan(12);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const quietSince = performance.now();
    main.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(times.at(-1)! - quietSince).toBeLessThan(100);
    controller.abort();
  });
});

describe('outermost', () => {
  it('drops elements inside others of the set, and elements no longer in the page', () => {
    document.body.innerHTML = '<div id="x"><p id="y"><b id="z"></b></p></div><p id="w"></p>';
    const [x, y, z, w] = ['x', 'y', 'z', 'w'].map((id) => document.getElementById(id)!);
    const gone = document.createElement('p');
    expect(outermost([z!, y!, w!, gone])).toEqual([y, w]);
    expect(outermost([x!, z!])).toEqual([x]);
  });
});
