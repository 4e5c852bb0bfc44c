/**
 * Pure detection entry: text in, quotations with kinds and speakers and the people named out.
 * The same function runs in the content script, the extract CLI and the tests.
 */
import { withBlockQuotes } from './blocks';
import { classifyQuotes } from './classify';
import { type Entity, findPeople } from './people';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { tokenize } from './tokens';
import type { Detection, Person, Quote, Span } from './types';

/** People worth listing: every person, and organisations only when they are quoted. */
function listPeople(entities: Entity[], quotes: Quote[]): Person[] {
  const quoted = new Set(quotes.map((q) => q.speaker));
  return entities
    .filter((e) => e.kind === 'person' || quoted.has(e.name))
    .map((e) => ({ name: e.name, role: e.role, aliases: e.aliases, mentions: e.mentions, kind: e.kind }));
}

/** Hints from the page's markup that plain text cannot carry. */
export interface DetectOptions {
  /** Spans of the text set as block quotations (blockquote, pull quotes, embedded posts). */
  blockQuotes?: Span[];
}

/** Finds quotations, their kinds and speakers, and the people named in `text`. */
export function detect(text: string, opts: DetectOptions = {}): Detection {
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
  }));
  return { quotes, people: listPeople(people.entities, quotes) };
}

/** The detection shapes, re-exported so callers need one import. */
export type { Detection, Person, Quote, QuoteKind, Span } from './types';
