/**
 * Page-world probes for the robustness tests. Each is one self-contained arrow function (sent as source).
 */

/** One highlighted quote as the page shows it: where it lives, its id and its pieces' text joined. */
export interface QuoteOnPage {
  where: string;
  id: string;
  text: string;
}

/**
 * Every quote highlight in the document, its open shadow roots and its same-origin frames, plus how many
 * quote highlights sit inside another (a highlight drawn twice would).
 */
export const readQuotes = (): { quotes: QuoteOnPage[]; nested: number; people: number } => {
  const roots: [string, Document | ShadowRoot][] = [['document', document]];
  for (const el of Array.from(document.querySelectorAll('*')))
    if (el.shadowRoot) roots.push([`shadow:${el.tagName.toLowerCase()}`, el.shadowRoot]);
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument) roots.push([`frame:${frame.id}`, frame.contentDocument]);
    } catch {
      // cross-origin: not readable from here either
    }
  }
  const quotes: QuoteOnPage[] = [];
  let nested = 0;
  let people = 0;
  for (const [where, root] of roots) {
    const byId = new Map<string, QuoteOnPage>();
    for (const mark of Array.from(root.querySelectorAll('onrecord-mark[data-onrecord="quote"]'))) {
      const id = mark.getAttribute('data-onrecord-id') ?? '';
      const known = byId.get(id);
      if (known) known.text += mark.textContent ?? '';
      else byId.set(id, { where, id, text: mark.textContent ?? '' });
      if (mark.parentElement?.closest('onrecord-mark[data-onrecord="quote"]')) nested++;
    }
    people += root.querySelectorAll('onrecord-mark[data-onrecord="person"]').length;
    quotes.push(...byId.values());
  }
  return { quotes, nested, people };
};

/** How many OnRecord elements and styles the page holds anywhere (0 once OnRecord is off). */
export const countOurs = (): number => {
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument) roots.push(frame.contentDocument);
    } catch {
      // cross-origin
    }
  }
  return roots.reduce(
    (n, root) => n + root.querySelectorAll('onrecord-mark, onrecord-card, [data-onrecord-style]').length,
    0,
  );
};
