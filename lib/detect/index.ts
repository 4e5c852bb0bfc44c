/**
 * Pure detection entry: text in, quotations with kinds and speakers and the people named out.
 * The same function runs in the content script, the extract CLI and the tests.
 */

import { evidenceFor, quotedTokens, SPEAKER_THRESHOLD, settleShared } from './attribution/evidence';
import { checkSpeakers } from './attribution/speaker-check';
import { attributeSpeakers } from './attribution/speakers';
import { applyTurns, findTurns } from './attribution/turns';
import { splitIncises } from './cues/incises';
import { toldOutletSpans } from './cues/told-outlets';
import { spellOutAcronyms } from './people/acronyms';
import { bylines } from './people/bylines';
import { blankOut, creditLines, withoutMentionsIn } from './people/credits';
import { inflectsNames } from './people/name-forms';
import { womenInNominative } from './people/name-nominative-cs';
import { type Entity, findPeople } from './people/people';
import { hasPersonEvidence, readsAsBody } from './people/person-evidence';
import { withBlockQuotes } from './quotes/blocks';
import { classifyQuotes } from './quotes/classify';
import { withDashQuotes } from './quotes/dash-dialogue';
import { findQuotes } from './quotes/quotes';
import { tokensOutside } from './text/blanked-tokens';
import { pickLanguage, useLanguage } from './text/language';
import { must } from './text/must';
import { tokenize } from './text/tokens';
import type { Detection, Person, Quote, Span } from './types';

/** People worth listing: every person named outside bylines and credits with evidence of being one, and
 * organisations only when they are quoted. */
function listPeople(text: string, entities: Entity[], quotes: Quote[]): Person[] {
  const quoted = new Set(quotes.map((q) => q.speaker));
  const inflected = inflectsNames(text);
  return entities
    .filter(
      (e) =>
        e.mentions.length > 0 && (quoted.has(e.name) || (e.kind === 'person' && hasPersonEvidence(text, e, inflected))),
    )
    .map((e) => ({
      name: e.name,
      role: e.role,
      aliases: e.aliases,
      mentions: e.mentions,
      // "Northwind said": a quoted company the text named like a person is listed as the body it is.
      kind: readsAsBody(text, e, inflected) ? ('organisation' as const) : e.kind,
    }));
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
  // The language's lexicon holds for this call only; the next text chooses again.
  useLanguage(pickLanguage(text, opts.lang));
  try {
    return detectIn(text, opts);
  } finally {
    useLanguage('en');
  }
}

function detectIn(text: string, opts: DetectOptions): Detection {
  const tokens = tokenize(text);
  // Photo credits and bylines name who made the page, never who spoke in it.
  const credits = creditLines(text);
  const named = blankOut(text, credits);
  const namedTokens = named === text ? tokens : (tokensOutside(text, tokens, credits) ?? tokenize(named));
  // Outlets told ("řekl Radiožurnálu") are named where a speaker could stand; they are not one.
  const people = withoutMentionsIn(findPeople(named, namedTokens), [
    ...bylines(text),
    ...toldOutletSpans(text, tokens),
  ]);
  // "podle mluvčí Terezy Holé": a woman named only in an oblique case is listed as Tereza Holá.
  womenInNominative(people);
  const turns = findTurns(text, people);
  const blocks = [...(opts.blockQuotes ?? []), ...turns.map((t) => t.words)];
  const raw = withBlockQuotes(text, splitIncises(text, withDashQuotes(text, findQuotes(text))), blocks);
  const attributions = applyTurns(raw, turns, people, attributeSpeakers(text, raw, people, tokens));
  settleShared(people, attributions);
  checkSpeakers(text, people, raw, attributions);
  spellOutAcronyms(text, people, attributions);
  const kinds = classifyQuotes(
    text,
    raw,
    blocks,
    attributions.map((a) => !!a.echo),
  );
  const scene = { text, tokens, quoted: quotedTokens(raw, tokens) };
  let previous: string | null = null;
  const quotes: Quote[] = raw.map((q, i) => {
    const a = attributions[i];
    const entity = a?.entity === null || a?.entity === undefined ? null : must(people.entities[a.entity], 'entity');
    const evidence = entity ? evidenceFor(scene, people, raw, attributions, i) : undefined;
    // A run carries on only from a quote that kept its speaker.
    const carried = evidence?.way !== 'run' || previous === entity?.name;
    const sure = !!evidence && evidence.confidence >= SPEAKER_THRESHOLD && carried;
    if (q.parent < 0) previous = sure && entity ? entity.name : null;
    return {
      id: `q${i}`,
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: must(kinds[i], 'quote kind'),
      speaker: sure && entity ? entity.name : null,
      speakerMention: (sure && a?.mention) || null,
      ...(sure ? { evidence } : {}),
    };
  });
  return { quotes, people: listPeople(text, people.entities, quotes) };
}

/** The detection shapes, re-exported so callers need one import. */
export type { AttributionWay, Detection, Evidence, Person, Quote, QuoteKind, Span } from './types';
