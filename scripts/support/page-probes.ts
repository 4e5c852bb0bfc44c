/**
 * Functions the tests run inside the browser: in the page's own world (as any page script would), in a frame,
 * or inside the extension. They are sent as source text, so each is one self-contained arrow function: no
 * imports, no helpers from this module.
 */

/** One highlighted quote as the page's DOM shows it: its pieces joined. */
export interface MarkedQuote {
  id: string;
  speaker: string;
  text: string;
  pieces: number;
  /** Whether every piece carries the same speaker (the contract puts it on each piece). */
  consistentSpeaker: boolean;
}

/** Everything the extension marked on the page, per the data-onrecord test contract. */
export interface MarkSummary {
  quotes: MarkedQuote[];
  people: { name: string; text: string }[];
  /** Computed styles of the first quote piece and the first person mark, to tell them apart. */
  quoteStyle: string;
  personStyle: string;
}

/** Reads the data-onrecord marks from the page's DOM. */
export const collectMarks = (): MarkSummary => {
  const quotes = new Map<string, MarkedQuote>();
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-onrecord="quote"]'))) {
    const id = el.getAttribute('data-onrecord-id') ?? '';
    const speaker = el.getAttribute('data-onrecord-speaker') ?? '';
    const known = quotes.get(id);
    if (known) {
      known.text += el.textContent ?? '';
      known.pieces += 1;
      known.consistentSpeaker &&= known.speaker === speaker;
    } else quotes.set(id, { id, speaker, text: el.textContent ?? '', pieces: 1, consistentSpeaker: true });
  }
  const people = Array.from(document.querySelectorAll<HTMLElement>('[data-onrecord="person"]')).map((el) => ({
    name: el.getAttribute('data-onrecord-name') ?? '',
    text: el.textContent ?? '',
  }));
  const styleOf = (selector: string) => {
    const el = document.querySelector(selector);
    if (!el) return '';
    const s = getComputedStyle(el);
    return [
      s.backgroundColor,
      s.backgroundImage,
      s.color,
      s.textDecorationLine,
      s.textDecorationStyle,
      s.textDecorationColor,
      s.borderBottomStyle,
      s.borderBottomColor,
      s.outlineStyle,
      s.fontWeight,
      s.fontStyle,
      s.boxShadow,
    ].join('|');
  };
  return {
    quotes: Array.from(quotes.values()),
    people,
    quoteStyle: styleOf('[data-onrecord="quote"]'),
    personStyle: styleOf('[data-onrecord="person"]'),
  };
};

/** What a page script could learn: strings found in the DOM, open shadow roots, text outside <body>. */
export interface LeakReport {
  /** Of the strings asked about, those found anywhere in the page's serialised DOM. */
  found: string[];
  /** Elements the extension appended to <html> (beside head and body) whose shadow root a page can open. */
  openShadowHosts: string[];
  /** Text inside those appended elements, readable by the page. */
  hostText: string;
  /** The page's text as served, before any script ran, whitespace-collapsed. */
  pristineText: string;
}

/** Looks for `strings` in the page's DOM and reports what the extension appended to <html>. */
export const probeLeaks = async (strings: string[]): Promise<LeakReport> => {
  const html = document.documentElement.outerHTML;
  const hosts = Array.from(document.documentElement.children).filter(
    (el) => el !== document.head && el !== document.body,
  );
  const served = await (await fetch(location.href)).text();
  const pristine = new DOMParser().parseFromString(served, 'text/html');
  return {
    found: strings.filter((s) => html.includes(s)),
    openShadowHosts: hosts.filter((el) => el.shadowRoot !== null).map((el) => el.tagName.toLowerCase()),
    hostText: hosts
      .map((el) => el.textContent ?? '')
      .join('')
      .trim(),
    pristineText: (pristine.body.textContent ?? '').replace(/\s+/g, ' '),
  };
};

/** The document's rendered text, as a reader sees it (hidden parts left out, block breaks as newlines). */
export const visibleText = (): string =>
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  document.body?.innerText ?? '';

/** A frame's own URL and rendered text: over BiDi, a frame's reported URL can lag behind its document's. */
export const frameSnapshot = (): { href: string; text: string } => ({
  href: location.href,
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader sees.
  text: document.body?.innerText ?? '',
});

/** The part of the extension API `tabIdOf` uses: `browser` in Firefox, `chrome` in Chromium's service worker. */
interface TabsApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * The id of the tab showing `url`, asked from inside the extension (service worker or extension page). Every
 * tab is listed and compared here, since Firefox's match patterns cannot hold the fixture server's port.
 * OnRecord holds no 'tabs' permission, so tabs carry no URL: each tab's content script is asked for its page.
 */
export const tabIdOf = async (url: string): Promise<number | undefined> => {
  const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
  const api = (scope.browser ?? scope.chrome)!;
  const tabs = await api.tabs.query({});
  const listed = tabs.find((tab) => tab.url === url)?.id;
  if (listed !== undefined) return listed;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const summary = (await api.tabs.sendMessage(tab.id, { type: 'page/summary', payload: {} }).catch(() => null)) as {
      page?: { url?: string };
    } | null;
    if (summary?.page?.url === url) return tab.id;
  }
  return undefined;
};
