/**
 * Pure detection entry: text in, quotations with kinds and speakers and the people named out.
 * The same function runs in the content script, the extract CLI and the tests.
 */
import { withBlockQuotes } from './blocks';
import { bylines } from './bylines';
import { classifyQuotes } from './classify';
import { evidenceFor } from './evidence';
import { pickLanguage, useLanguage } from './language';
import { type Entity, findPeople } from './people';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { tokenize } from './tokens';
import type { Detection, Person, Quote, Span } from './types';

/** People worth listing: every person named outside bylines, and organisations only when they are quoted. */
function listPeople(text: string, entities: Entity[], quotes: Quote[]): Person[] {
  const quoted = new Set(quotes.map((q) => q.speaker));
  const credits = bylines(text);
  const credited = (m: Span) => credits.some((b) => m.start >= b.start && m.end <= b.end);
  return entities
    .filter((e) => quoted.has(e.name) || (e.kind === 'person' && !e.mentions.every(credited)))
    .map((e) => ({ name: e.name, role: e.role, aliases: e.aliases, mentions: e.mentions, kind: e.kind }));
}

/** Hints from the page's markup that plain text cannot carry. */
export interface DetectOptions {
  /** Spans of the text set as block quotations (blockquote, pull quotes, embedded posts). */
  blockQuotes?: Span[];
  /** The page's declared language (BCP 47, e.g. "fr-FR"), when it has one; the text decides otherwise. */
  lang?: string;
}

/** Finds quotations, their kinds and speakers, and the people named in `text`. */
export function detect(text: string, opts: DetectOptions = {}): Detection {
  useLanguage(pickLanguage(text, opts.lang));
  try {
    return detectIn(text, opts);
  } finally {
    useLanguage('en');
  }
}

function detectIn(text: string, opts: DetectOptions): Detection {
  const raw = withBlockQuotes(text, findQuotes(text), opts.blockQuotes ?? []);
  const tokens = tokenize(text);
  const people = findPeople(text, tokens);
  const attributions = attributeSpeakers(text, raw, people, tokens);
  const kinds = classifyQuotes(
    text,
    raw,
    opts.blockQuotes ?? [],
    attributions.map((a) => !!a.echo),
  );
  const speakerOf = (i: number) => {
    const e = attributions[i]?.entity;
    return e === null || e === undefined ? null : people.entities[e]!;
  };
  const quotes: Quote[] = raw.map((q, i) => ({
    id: `q${i}`,
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: kinds[i]!,
    speaker: speakerOf(i)?.name ?? null,
    speakerMention: attributions[i]?.mention ?? null,
    ...(speakerOf(i) && attributions[i] ? { evidence: evidenceFor(text, q, attributions[i]!) } : {}),
  }));
  return { quotes, people: listPeople(text, people.entities, quotes) };
}

/** The detection shapes, re-exported so callers need one import. */
export type { AttributionWay, Detection, Evidence, Person, Quote, QuoteKind, Span } from './types';
