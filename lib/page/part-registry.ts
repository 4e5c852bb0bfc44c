/**
 * The parts of a page a session has highlighted: each analysed root with its marks, quotes and people. The
 * lists the popup and the card read are rebuilt when read, not on every part added (a live blog adds
 * thousands of parts).
 */
import type { PagePerson, PageQuote } from '@/lib/core/protocol';
import { quotePieces, removeHighlights } from './dom/highlight';

/** One analysed part of the page and the highlights drawn for it. */
export interface Part {
  root: Element;
  marks: HTMLElement[];
  quotes: PageQuote[];
  people: PagePerson[];
}

/**
 * Runs `touch` on nodes that may belong to a frame's document that has since been replaced: Firefox then
 * throws ("dead object") on any access. Such nodes are gone from the reader's view, so that counts as false.
 */
export function alive<T>(touch: () => T): T | false {
  try {
    return touch();
  } catch {
    return false;
  }
}

/** The same person named in several parts is one entry, with every alias any part gave. */
export function mergePeople(lists: PagePerson[][]): PagePerson[] {
  const byName = new Map<string, PagePerson>();
  for (const person of lists.flat()) {
    const known = byName.get(person.name);
    if (!known) byName.set(person.name, { ...person, aliases: [...person.aliases] });
    else {
      known.role ??= person.role;
      for (const alias of person.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    }
  }
  return [...byName.values()];
}

/** The parts of one session. */
export function createPartRegistry() {
  let parts: Part[] = [];
  let lists: { quotes: PageQuote[]; people: PagePerson[] } | null = null;
  const changed = () => {
    lists = null;
  };
  const current = () => {
    lists ??= { quotes: parts.flatMap((p) => p.quotes), people: mergePeople(parts.map((p) => p.people)) };
    return lists;
  };
  const find = (id: string) => {
    for (const part of parts) {
      const quote = part.quotes.find((q) => q.id === id);
      if (quote) return { quote, part };
    }
    return null;
  };
  return {
    quotes: () => current().quotes,
    people: () => current().people,
    quote: (id: string) => find(id)?.quote,
    /** The marks drawn for one quote, in text order. */
    piecesOf(id: string): HTMLElement[] {
      const found = find(id);
      return found ? quotePieces(found.part.root, id) : [];
    },
    marks: () => parts.flatMap((p) => p.marks),
    add(part: Part) {
      parts.push(part);
      changed();
    },
    /** Forgets parts whose highlights the page has removed. */
    prune() {
      const kept = parts.filter((p) => p.marks.length === 0 || alive(() => p.marks.some((m) => m.isConnected)));
      if (kept.length === parts.length) return;
      parts = kept;
      changed();
    },
    /** Removes the highlights of every part touching `scope`; returns their roots. */
    forget(scope: Node): Element[] {
      const gone = parts.filter((p) => alive(() => scope.contains(p.root) || p.marks.some((m) => scope.contains(m))));
      if (gone.length === 0) return [];
      for (const part of gone) alive(() => removeHighlights(part.root, part.marks));
      parts = parts.filter((p) => !gone.includes(p));
      changed();
      return gone.map((p) => p.root);
    },
    /** Removes every highlight. */
    clear() {
      for (const part of parts) alive(() => removeHighlights(part.root, part.marks));
      parts = [];
      changed();
    },
  };
}
