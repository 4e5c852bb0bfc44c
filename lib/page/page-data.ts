/**
 * Turns a page analysis into the plain data that leaves the content script ('card/show', 'page/summary'):
 * page-derived only, with a little context around each quote so it can be found again on its page.
 */

import { EVIDENCE_WAYS, type PagePerson, type PageQuote } from '@/lib/core/protocol';
import type { Detection, Evidence } from '@/lib/detect/types';
import { markableQuotes } from '@/lib/page/dom/highlight';

/** How many characters of context travel with a quote on each side. */
export const CONTEXT_CHARS = 48;

/** The page's quotes (statements only, not scare quotes) as messages carry them. */
export function pageQuotes(text: string, detection: Detection): PageQuote[] {
  return markableQuotes(detection).map((q) => ({
    id: q.id,
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    prefix: text
      .slice(Math.max(0, q.start - CONTEXT_CHARS), q.start)
      .replace(/\s+/g, ' ')
      .trimStart(),
    suffix: text
      .slice(q.end, q.end + CONTEXT_CHARS)
      .replace(/\s+/g, ' ')
      .trimEnd(),
    ...(q.evidence && EVIDENCE_WAYS.includes(q.evidence.way) ? { evidence: evidenceOf(q.evidence) } : {}),
  }));
}

/** The evidence's fields the messages carry, copied by name so a field added to detection never trips the gate. */
function evidenceOf({ way, cue, sentencesBack, confidence }: Evidence): Evidence {
  const within = (n: number, max: number) => (Number.isFinite(n) ? Math.min(max, Math.max(0, n)) : 0);
  return {
    way,
    cue: cue ? cue.slice(0, 200) : null,
    sentencesBack: Math.round(within(sentencesBack, 1_000)),
    confidence: within(confidence, 1),
  };
}

/** The people the page names, as messages carry them. */
export function pagePeople(detection: Detection): PagePerson[] {
  return detection.people.map(({ name, role, aliases, kind }) => ({ name, role, aliases: [...aliases], kind }));
}
