/**
 * Pure detection entry: text in, quotations with kinds and speakers and the people named out.
 * The same function runs in the content script, the extract CLI and the tests.
 */
import { withBlockQuotes } from './blocks';
import { bylines } from './bylines';
import { classifyQuotes } from './classify';
import { inflectsNames } from './name-forms';
import { type Entity, findPeople } from './people';
import { hasPersonEvidence } from './person-evidence';
import { findQuotes } from './quotes';
import { attributeSpeakers } from './speakers';
import { tokenize } from './tokens';
import type { Detection, Evidence, Person, Quote, Span } from './types';

/** People worth listing: every person named outside bylines with evidence of being one, and organisations only
 * when they are quoted. */
function listPeople(text: string, entities: Entity[], quotes: Quote[]): Person[] {
  const quoted = new Set(quotes.map((q) => q.speaker));
  const credits = bylines(text);
  const credited = (m: Span) => credits.some((b) => m.start >= b.start && m.end <= b.end);
  const inflected = inflectsNames(text);
  return entities
    .filter(
      (e) =>
        quoted.has(e.name) ||
        (e.kind === 'person' && !e.mentions.every(credited) && hasPersonEvidence(text, e, false, inflected)),
    )
    .map((e) => ({ name: e.name, role: e.role, aliases: e.aliases, mentions: e.mentions, kind: e.kind }));
}

/** A first reading of why a speaker was given: named beside the quote, or carried over from the run before. */
function evidenceOf(
  text: string,
  a: { mention: Span | null; echo?: boolean } | undefined,
  hasSpeaker: boolean,
  open: number,
): { evidence?: Evidence } {
  if (!a || !hasSpeaker) return {};
  if (a.echo) return { evidence: { way: 'echo', cue: null, sentencesBack: 0, confidence: 0.6 } };
  if (!a.mention) return { evidence: { way: 'run', cue: null, sentencesBack: 1, confidence: 0.6 } };
  const from = Math.min(a.mention.end, open);
  const between = text.slice(from, Math.max(from, open));
  const sentencesBack = (between.match(/[.!?]["\u201d\u00bb]?\s+(?=\S)/g) ?? []).length;
  return {
    evidence: { way: 'cue', cue: text.slice(a.mention.start, a.mention.end), sentencesBack, confidence: 0.8 },
  };
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
    ...evidenceOf(text, attributions[i], speakerOf(i) !== null, q.open),
  }));
  return { quotes, people: listPeople(text, people.entities, quotes) };
}

/** The detection shapes, re-exported so callers need one import. */
export type { AttributionWay, Detection, Evidence, Person, Quote, QuoteKind, Span } from './types';
