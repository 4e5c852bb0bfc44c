/**
 * Photo credits, caption credits and desk lines ("(Jane Doe/Agency)", "Photo: Jane Doe", "Staff writer"):
 * the people they name took the picture or wrote the page. They are never who "she said" means, so
 * detection reads names with these spans blanked out.
 */

import type { Span } from '@/lib/detect/types';
import type { PeopleIndex } from './people';

const NAME = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'\u2019-]*|de|van|von|da|al|bin))*`;
// "(Jane Doe/Agency)", "(AP Photo/Jane Doe)", "(Photo: Jane Doe)": a short parenthesis naming a maker.
const PAREN =
  /\((?:[^()\n]{0,60}\/[^()\n]{0,60}|\s*(?:photo|photograph|image|picture|illustration|video|credit|courtesy)s?\b[^()\n]{0,80})\)/giu;
// "Photo: Jane Doe", "Photograph by Jane Doe/Agency", "Credit: ...": the label and the rest of its line.
const LABEL = new RegExp(
  String.raw`\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ii]llustration|[Vv]ideo|[Cc]redit|[Cc]ourtesy)s?(?:[ \t]*:|[ \t]+(?:by|of)\b)[ \t]*${NAME}(?:[ \t]*[/|,;][^\n]{0,60})?`,
  'gu',
);
// "Jane Doe/Getty Images" closing a caption line.
const SLASH = new RegExp(String.raw`${NAME}[ \t]*/[ \t]*${NAME}[ \t]*(?=\)|\n|$)`, 'gu');
// A short line naming a desk role: "Staff writer", "Jane Doe | Senior correspondent".
const DESK =
  /(?:^|\n)[ \t]*(?![\u2014\u2013-])[^\n"\u201c\u201d.!?]{0,60}\b(?:staff|senior|contributing|special) (?:writer|reporter|correspondent|editor)\b[^\n"\u201c\u201d.!?]{0,40}(?=\n|$)/giu;

// The words DESK cannot match without, under the same flags: a page naming no desk role skips its scan of every line.
const DESK_WORDS = /(?:staff|senior|contributing|special) (?:writer|reporter|correspondent|editor)/iu;

/** Spans of credit and desk lines in `text`. */
export function creditLines(text: string): Span[] {
  const out: Span[] = [];
  matchInto(out, text, PAREN, 0);
  matchInto(out, text, LABEL, 0);
  for (const [from, line] of slashLines(text)) matchInto(out, line, SLASH, from);
  if (DESK_WORDS.test(text)) matchInto(out, text, DESK, 0);
  return out.sort((a, b) => a.start - b.start);
}

/** Pushes the span of every match of `re` in `text` (which starts at `offset` of the whole), leading space left out. */
function matchInto(out: Span[], text: string, re: RegExp, offset: number): void {
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ start: offset + m.index + lead, end: offset + m.index + m[0].length });
  }
}

/**
 * The lines holding a slash, with their offsets: a SLASH credit never crosses a line and always holds one, so
 * it is sought there alone instead of trying a name at every capital of the page. The end of a line answers
 * its lookahead as the line break after it would.
 */
function slashLines(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    const from = text.lastIndexOf('\n', slash) + 1;
    const newline = text.indexOf('\n', slash);
    const to = newline < 0 ? text.length : newline;
    out.push([from, text.slice(from, to)]);
    slash = to;
  }
  return out;
}

/** `text` with every span replaced by spaces, so offsets stay where they were. */
export function blankOut(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += text.slice(at, from) + text.slice(from, s.end).replace(/[^\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** `idx` without the mentions inside `spans`: a byline author keeps their name but is nobody's referent there. */
export function withoutMentionsIn(idx: PeopleIndex, spans: Span[]): PeopleIndex {
  if (!spans.length) return idx;
  const inside = (m: Span) => spans.some((s) => m.start >= s.start && m.end <= s.end);
  for (const e of idx.entities) e.mentions = e.mentions.filter((m) => !inside(m));
  return { ...idx, mentions: idx.mentions.filter((m) => !inside(m)) };
}
