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
import { watchMutations } from '@/lib/page/dom/observe';
import { looksLikeArticle, readPageInfo } from '@/lib/page/dom/page-info';
import { analysisFrom, type Detector, type PageRead, readPage } from '@/lib/page/dom/page-read';
import { readingWorth } from '@/lib/page/dom/reading-worth';
import { createSliceQueue, SLICE_MS } from '@/lib/page/dom/slices';
import { injectStyle, openShadowRoots, sameOriginFrames, shadowArticle } from '@/lib/page/dom/surfaces';
import { hidesContent } from '@/lib/page/dom/visibility';
import { alive, IDLE_SESSION, type LiveSession, type Session, startSession } from './session';

/** How many times a page without an article is looked at again as it changes. */
const IDLE_LOOKS = 30;

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

/** Resolves in a task of its own, after the browser has had its turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Nothing found: what a part shows when detection could not be had (the background refused or is gone). */
const NOTHING = { quotes: [], people: [] };

/** Starts OnRecord on `doc`: scans now, then keeps up with the page until stopped. */
export function startLivePage(doc: Document, options: LivePageOptions): LivePage {
  const controller = new AbortController();
  const { signal } = controller;
  const cleanups: (() => void)[] = [];
  const frames: Document[] = [];
  const scanned = new WeakSet<Node>();
  const listening = new WeakSet<Element>();
  let session: LiveSession | null = null;
  let parts = 0;

  // Whether to ask computed style what is hidden, decided once per document: measuring layout after each
  // part we highlight would lay out the whole page again. On a huge page each computed-style question after
  // our own writes restyles the page (50-100 ms on a 2 MB live blog), so there attributes and inline
  // styles alone decide (hidden, aria-hidden, display:none inline, never-rendered elements).
  // A page that grows (infinite scroll, a live blog running all day) is weighed again every few seconds.
  const styleChecks = new WeakMap<Document, { laidOut: boolean; use: boolean; at: number }>();
  const useComputedStyle = (d: Document) => {
    let check = styleChecks.get(d);
    if (!check || performance.now() - check.at > 5000) {
      const laidOut = check?.laidOut ?? (d.documentElement?.getBoundingClientRect().width ?? 0) > 0;
      check = { laidOut, use: laidOut && !isHugePage(d), at: performance.now() };
      styleChecks.set(d, check);
    }
    return check.use;
  };
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
        for (const frame of frames) alive(() => session?.watchFrame(frame));
      }
    });
  };
  // Parts are drawn in the order they were read, whenever their detections arrive, so quote numbering and
  // the first part starting the session stay as they were with detection in place.
  let drawing: Promise<void> | null = null;
  let drawnSince = 0;
  let waiting = 0;
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
    // A sync detector (tests, the CLI) draws at once, as before; a promise, even from another realm, waits its turn.
    if (!drawing && typeof (found as { then?: unknown }).then !== 'function')
      return draw(read, found as Detection, prefix);
    waiting++;
    const detected = Promise.resolve(found).catch(() => NOTHING);
    drawing = (drawing ?? Promise.resolve())
      .then(() => detected)
      .then((detection) => {
        if (waiting > 1 && performance.now() - drawnSince > SLICE_MS) return nextTask().then(() => detection);
        return detection;
      })
      .then((detection) => {
        // Answers that arrived together are drawn a slice's worth per task, so the page can paint between.
        if (performance.now() - drawnSince > SLICE_MS) drawnSince = performance.now();
        draw(read, detection, prefix);
      })
      .catch((error: unknown) => console.warn('OnRecord: could not draw a part of this page', error))
      .finally(() => {
        if (--waiting === 0) drawing = null;
      });
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
      watcher.observe(shadow);
      const root = shadowArticle(shadow);
      if (root) enqueue(root, doc);
    }
  };
  const scanFrames = (d: Document) => {
    const { loaded } = sameOriginFrames(d);
    for (const frame of loaded) {
      if (scanned.has(frame) || frames.includes(frame)) continue;
      frames.push(frame);
      watcher.observe(frame);
      cleanups.push(injectStyle(frame, options.css));
      session?.watchFrame(frame);
      scanDocument(frame);
      scanShadows(frame);
    }
    // A frame that finishes loading, or loads another page later, is looked at again (only the frames).
    for (const iframe of d.querySelectorAll('iframe, frame')) {
      if (listening.has(iframe)) continue;
      listening.add(iframe);
      const onLoad = () => {
        // The frame's previous document, and its highlights, are gone.
        session?.prune();
        scanFrames(d);
        pump();
      };
      iframe.addEventListener('load', onLoad, { signal });
    }
  };
  const rescan = () => {
    scanDocument(doc);
    scanShadows(doc);
    scanFrames(doc);
    pump();
  };

  // A page that is not (yet) an article is looked at again as it changes, at most once a second and not
  // forever: a web app that never shows an article should cost next to nothing.
  let idleLooks = 0;
  let lastLook = 0;
  let lookTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(lookTimer));
  const idleLook = () => {
    if (idleLooks >= IDLE_LOOKS || lookTimer !== undefined) return;
    const wait = lastLook + 1000 - performance.now();
    if (wait > 0) {
      // The last change of a burst must still be looked at: come back when the second is up.
      lookTimer = setTimeout(() => {
        lookTimer = undefined;
        if (!scanned.has(doc)) idleLook();
      }, wait);
      return;
    }
    idleLooks++;
    lastLook = performance.now();
    rescan();
  };

  const watcher = watchMutations(
    ({ added, removed }) => {
      if (removed) session?.prune();
      if (!scanned.has(doc) && !session) return idleLook();
      for (const el of added) {
        if (el.tagName === 'IFRAME' || el.tagName === 'FRAME' || el.querySelector('iframe, frame'))
          scanFrames(el.ownerDocument);
        scanShadows(el);
        // Text that changed under our highlights is read again as a whole, so nothing is drawn twice.
        const stale = el.querySelector(MARK_TAG) ? (session?.forget(el) ?? []) : [];
        // A stale part inside the changed element is read with it; the others (around it, or it) again.
        for (const root of stale)
          if (root.isConnected && (root === el || !el.contains(root))) enqueue(root, el.ownerDocument, true);
        if (!stale.some((root) => root.contains(el)) && readingWorth(el, useComputedStyle(el.ownerDocument)))
          enqueue(el, el.ownerDocument, true);
      }
      pump();
    },
    { signal },
  );
  clearLeftovers(doc);
  watcher.observe(doc);
  rescan();

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
