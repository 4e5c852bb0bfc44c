/**
 * OnRecord on one page for as long as it stays on: the first scan, then whatever the page adds later (lazy
 * loading, infinite scroll, live-blog posts, a late-rendered article), in open shadow roots and same-origin
 * frames too. Long articles are read in short parts with a yield between them, so no task of ours holds
 * the page up. `stop()` takes every highlight, listener, observer and injected style away in one step.
 */

import type { Detection } from '@/lib/detect/types';
import { findArticleRoot } from '@/lib/page/dom/article-root';
import { isBoilerplate } from '@/lib/page/dom/boilerplate';
import { CHUNK_LIMITS, splitOnce, unreadable, withQuotePrefix } from '@/lib/page/dom/chunks';
import { MARK_TAG } from '@/lib/page/dom/highlight';
import { isHugePage, quickArticleRoot } from '@/lib/page/dom/huge-page';
import { clearLeftovers } from '@/lib/page/dom/leftovers';
import { type PageWatcher, watchMutations } from '@/lib/page/dom/observe';
import { looksLikeArticle, readPageInfo } from '@/lib/page/dom/page-info';
import { analysisFrom, type Detector, type PageRead, readPage } from '@/lib/page/dom/page-read';
import { readingWorth } from '@/lib/page/dom/reading-worth';
import { createSliceQueue } from '@/lib/page/dom/slices';
import { injectStyle, openShadowRoots, sameOriginFrames, shadowArticle } from '@/lib/page/dom/surfaces';
import { hidesContent } from '@/lib/page/dom/visibility';
import { createDrawOrder, createIdleLook, createStyleCheck, NOTHING } from './live-page-parts';
import { alive, IDLE_SESSION, type LiveSession, type Session, startSession } from './session';

/** A running OnRecord on a page. */
export interface LivePage {
  /** The current session, or IDLE_SESSION while the page holds no article. */
  session(): Session;
  stop(): void;
}

/** What a live page needs from its surroundings. */
export interface LivePageOptions {
  /** The highlight style, for shadow roots and frames (the browser injects it into the document itself). */
  css: string;
  /** Milliseconds one slice of analysis may take before yielding to the page. */
  sliceMs?: number;
  /**
   * Detection for each part read: the content script asks the background (so it ships without lib/detect);
   * the CLI and tests detect in place, synchronously.
   */
  detector: Detector;
}

/** What the scanner needs from the live page that runs it. */
interface ScanDeps {
  enqueue(root: Element, owner: Document): void;
  pump(): void;
  css: string;
  cleanups: (() => void)[];
  watcher(): PageWatcher;
  session(): LiveSession | null;
  signal: AbortSignal;
}

/** Finds what to read: the document's article, articles in open shadow roots, same-origin frames. */
function createScanner(doc: Document, deps: ScanDeps) {
  const { enqueue, pump, signal } = deps;
  const frames: Document[] = [];
  const scanned = new WeakSet<Node>();
  const listening = new WeakSet<Element>();
  const scanDocument = (d: Document) => {
    if (scanned.has(d) || !looksLikeArticle(d)) return;
    scanned.add(d);
    enqueue(isHugePage(d) ? quickArticleRoot(d) : findArticleRoot(d), d);
  };
  const scanShadows = (scope: Document | Element) => {
    const huge = scope.nodeType === 9 && isHugePage(scope as Document);
    for (const shadow of openShadowRoots(scope, huge)) {
      if (scanned.has(shadow)) continue;
      scanned.add(shadow);
      deps.watcher().observe(shadow);
      const root = shadowArticle(shadow);
      if (root) enqueue(root, doc);
    }
  };
  const scanFrames = (d: Document) => {
    const { loaded } = sameOriginFrames(d);
    for (const frame of loaded) {
      if (scanned.has(frame) || frames.includes(frame)) continue;
      frames.push(frame);
      deps.watcher().observe(frame);
      deps.cleanups.push(injectStyle(frame, deps.css));
      deps.session()?.watchFrame(frame);
      scanDocument(frame);
      scanShadows(frame);
    }
    // A frame that finishes loading, or loads another page later, is looked at again (only the frames).
    for (const iframe of d.querySelectorAll('iframe, frame')) {
      if (listening.has(iframe)) continue;
      listening.add(iframe);
      const onLoad = () => {
        // The frame's previous document, and its highlights, are gone.
        deps.session()?.prune();
        scanFrames(d);
        pump();
      };
      iframe.addEventListener('load', onLoad, { signal });
    }
  };
  const all = () => {
    scanDocument(doc);
    scanShadows(doc);
    scanFrames(doc);
    pump();
  };
  return { all, frames, shadowsIn: scanShadows, framesIn: scanFrames, scanned: (n: Node) => scanned.has(n) };
}

/** An element the page added: its frames and shadow roots are scanned, its text (or what it replaced) read. */
function readAdded(
  el: Element,
  scan: ReturnType<typeof createScanner>,
  session: LiveSession | null,
  enqueue: (root: Element, owner: Document, first?: boolean) => void,
  useComputedStyle: (d: Document) => boolean,
): void {
  if (el.tagName === 'IFRAME' || el.tagName === 'FRAME' || el.querySelector('iframe, frame'))
    scan.framesIn(el.ownerDocument);
  scan.shadowsIn(el);
  // Text that changed under our highlights is read again as a whole, so nothing is drawn twice.
  const stale = el.querySelector(MARK_TAG) ? (session?.forget(el) ?? []) : [];
  // A stale part inside the changed element is read with it; the others (around it, or it) again.
  for (const root of stale)
    if (root.isConnected && (root === el || !el.contains(root))) enqueue(root, el.ownerDocument, true);
  if (!stale.some((root) => root.contains(el)) && readingWorth(el, useComputedStyle(el.ownerDocument)))
    enqueue(el, el.ownerDocument, true);
}

/** Starts OnRecord on `doc`: scans now, then keeps up with the page until stopped. */
export function startLivePage(doc: Document, options: LivePageOptions): LivePage {
  const controller = new AbortController();
  const { signal } = controller;
  const cleanups: (() => void)[] = [];
  let session: LiveSession | null = null;
  let parts = 0;

  const useComputedStyle = createStyleCheck();
  // The highlight style goes only into shadow roots we actually read, when we first read them.
  const styled = new WeakSet<Node>();
  const styleShadowOf = (el: Element) => {
    const top = el.getRootNode();
    if (top.nodeType !== 11 || styled.has(top)) return;
    styled.add(top);
    watcher.quietly(() => cleanups.push(injectStyle(top as ShadowRoot, options.css)));
  };
  const draw = (read: PageRead, detection: Detection, prefix: string) => {
    // The page may have dropped the part while detection ran; pieces whose text went away are skipped later.
    if (signal.aborted || !read.root.isConnected) return;
    const analysis = analysisFrom(read, detection);
    const numbered = prefix ? withQuotePrefix(analysis, prefix) : analysis;
    watcher.quietly(() => {
      if (session) session.add(numbered);
      else {
        session = startSession(doc, numbered, readPageInfo(doc));
        for (const frame of scan.frames) alive(() => session?.watchFrame(frame));
      }
    });
  };
  const inOrder = createDrawOrder();
  const analyse = (root: Element, owner: Document) => {
    if (!root.isConnected) return;
    styleShadowOf(root);
    const read = readPage(owner, root, { computedStyle: useComputedStyle(owner) });
    const prefix = parts++ === 0 ? '' : `p${parts}-`;
    let found: Detection | Promise<Detection>;
    try {
      found = options.detector(read.input);
    } catch {
      found = NOTHING;
    }
    inOrder(found, (detection) => draw(read, detection, prefix));
  };
  // Long roots are split here, a level at a time, so even splitting a huge page waits its turn.
  const queue = createSliceQueue<{ root: Element; doc: Document; limit: number }>(
    (next, front) => {
      const children = next.root.isConnected ? splitOnce(next.root, next.limit) : [];
      if (children === null) return unreadable(next.root) ? undefined : analyse(next.root, next.doc);
      const kept = children.filter((c) => !hidesContent(c) && !isBoilerplate(c));
      front(kept.map((root) => ({ root, doc: next.doc, limit: CHUNK_LIMITS.part })));
    },
    signal,
    options.sliceMs,
  );
  const pump = () => queue.run();
  // Content the page adds while a long page is still being read goes first: it is what the reader just got.
  const enqueue = (root: Element, owner: Document, first = false) =>
    queue.add({ root, doc: owner, limit: CHUNK_LIMITS.whole }, first);

  const scan = createScanner(doc, {
    enqueue,
    pump,
    css: options.css,
    cleanups,
    watcher: () => watcher,
    session: () => session,
    signal,
  });
  const idleLook = createIdleLook(scan.all, () => scan.scanned(doc), signal);

  const watcher = watchMutations(
    ({ added, removed }) => {
      if (removed) session?.prune();
      if (!scan.scanned(doc) && !session) return idleLook();
      for (const el of added) readAdded(el, scan, session, enqueue, useComputedStyle);
      pump();
    },
    { signal },
  );
  clearLeftovers(doc);
  watcher.observe(doc);
  scan.all();

  return {
    session: () => session ?? IDLE_SESSION,
    stop() {
      controller.abort();
      watcher.quietly(() => session?.stop());
      for (const cleanup of cleanups.splice(0)) alive(cleanup);
      session = null;
    },
  };
}
