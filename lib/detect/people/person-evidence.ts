/**
 * Decides whether a name the text reads as a person has the evidence a person has: a title or role, a
 * speech cue, a personal given name, or a later mention by surname alone in running text. Capitals alone
 * are not enough: product names ("Onyx Black"), gallery controls ("Full Screen"), headings, teams and
 * technologies are capitalised too.
 */

import { startsWithOneOf } from '@/lib/detect/text/first-letters';
import { DEMONYMS, STRONG_CUES } from '@/lib/detect/text/lexicon';
import type { Span } from '@/lib/detect/types';
import { namesPart, playsPart } from './characters';
import { listedAsFinish } from './finishes';
import { NAME_SUFFIX } from './full-names';
import { isGivenName } from './given-names';
import { elisionLength } from './name-forms';
import type { Entity } from './people';

const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
const WORD_AFTER = /^,?\s+(\p{Ll}+)/u;
const WORD_BEFORE = /(\p{Ll}+),?\s+$/u;

/** True when a speech verb stands right beside the mention ("Moore said", "said Moore", "according to Moore"). */
function cued(text: string, m: Span): boolean {
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 20));
  const next = after?.[1];
  if (next && STRONG_CUES.has(next)) return true;
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  if (/according to\s+$/i.test(before)) return true;
  const word = WORD_BEFORE.exec(before);
  const prev = word?.[1];
  return !!prev && STRONG_CUES.has(prev);
}

// "Marcelina Ayala, de 67 años,", "Giulia Ferri, 41 anni,", "Joana Prates, 68 anos,", "Tom Reed, 54 years old,":
// an age set off as an apposition belongs to a person; an age with more after it ("de 100 años de historia")
// may be a body's.
const AGE_APPOSITION =
  /^,\s+(?:de\s+|aged\s+)?\d{1,3}\s+(?:años|anni|anos|ans|Jahre|let|lety|years(?:\s+old)?)\s*[,;)]/u;

/** True when an age in years stands as an apposition right after the mention. */
function aged(text: string, m: Span): boolean {
  return AGE_APPOSITION.test(text.slice(m.end, m.end + 40));
}

/** True when the mention sits in a sentence of prose: lower-case words on its line, not a label or heading. */
function inProse(text: string, m: Span): boolean {
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return line.length >= 60 && (line.match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 4;
}

/** True when the mention sits on a line of at most three words with no sentence's punctuation: a label. */
function inLabel(text: string, m: Span): boolean {
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  const lineEnd = text.indexOf('\n', m.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.split(/\s+/).length <= 3 && !/[.!?:,"\u201c\u201d\u00ab\u00bb]/u.test(line);
}

// A possessive or article before a name makes it a thing ("our Ruby Gems", "the Grace Hopper building").
const OWNED = /\b(?:the|a|an|our|my|your|its|their|his|her|this|that)\s+$/i;

/** True when the text gives evidence that `e` names a person (a quoted speaker counts without asking);
 * `inflected` when the text's language puts case endings on names. */
export function hasPersonEvidence(text: string, e: Entity, inflected = false): boolean {
  const words = e.name.split(/\s+/);
  // "Martin Luther King Jr. Boulevard": a suffix read alone after a title is no one.
  if (words.every((w) => NAME_SUFFIX.test(w))) return false;
  // A part in a film or play is named by its actor's casting verb; the actor is the person.
  if (e.mentions.some((m) => namesPart(text, m))) return false;
  // "Northwind Grid Storage … Northwind said": a body goes by its first word, a person by a surname.
  if (byHeadWord(text, e, words, inflected)) return false;
  if (e.role || e.titled) return true;
  // "in Jet Black or Rose Gold": a colour listed with colours is a finish, given name or not.
  if (e.mentions.some((m) => listedAsFinish(text, e.name, m))) return false;
  // "Kerrygold Pure Irish Butter": a nationality inside a name describes a product, never a person.
  if (words.slice(1, -1).some((w) => DEMONYMS.has(w.toLowerCase()))) return false;
  // A lone name is only read as a person from a cue, a title or an apposition, and not from a label's verb
  // ("Show notes", "Field reports": a heading of two or three words, no sentence around it).
  if (words.length === 1) return !e.mentions.every((m) => inLabel(text, m));
  const forms = e.mentions.map((m) => ({ m, form: text.slice(m.start, m.end) }));
  const given = words.slice(0, -1).map((w) => w.slice(elisionLength(w)));
  const owned = forms.every(({ m }) => OWNED.test(text.slice(Math.max(0, m.start - 8), m.start)));
  if (!owned && given.some((w) => isGivenName(w, inflected) || INITIAL.test(w))) return true;
  if (forms.some(({ m }) => cued(text, m) || playsPart(text, m) || aged(text, m))) return true;
  // The surname alone, later in a sentence of prose: how reporting refers back to a person; the first name
  // alone too, unless it stands where any capital does or opens other names ("Brightwell", "Tickets").
  return forms.some(
    ({ m, form }) =>
      form.length > 1 &&
      form !== e.name &&
      inProse(text, m) &&
      (e.name.endsWith(` ${form}`) || (words[0] === form && firstNameReference(text, m, words))),
  );
}

const DETERMINED = /\b(?:the|a|an|our|my|your|its|their|this|that)\s+(?:\p{Ll}+\s+)?$/iu;
const SENTENCE_OPEN = /(?:^|[.!?:]["\u201d\u2019]?\s+|\n\s*)$/u;

/** True when a first word alone at `m` refers back to the person `words` names: not at a sentence's
 * start, and opening no other capitalised name of the text ("Brightwell Analytics", "Lakeside Rovers"). */
function firstNameReference(text: string, m: Span, words: string[]): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  // "the mounted Windows drive": a determiner before it makes the word a modifier of a thing.
  if (SENTENCE_OPEN.test(before) || DETERMINED.test(before)) return false;
  const first = words[0] ?? '';
  const word = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opens = new RegExp(`${startsWithOneOf([first])}(?<![\\p{L}])${word}\\s+(\\p{Lu}[\\p{L}-]*)`, 'gu');
  for (const hit of text.matchAll(opens)) if (hit[1] !== words[1]) return false;
  return true;
}

/** True when a name read as a person is, by how the text refers back to it, a body: a quoted body is
 * listed as one. */
export function readsAsBody(text: string, e: Entity, inflected = false): boolean {
  return e.kind === 'person' && byHeadWord(text, e, e.name.split(/\s+/), inflected);
}

// A word opening a sentence or a quotation ("“Storage is …") may be a common noun, not a surname.
const OPENS = /(?:^|[.!?:]["\u201d\u2019]?\s+|\n\s*|["\u201c\u2018]\s*)$/u;

/** True when a name of three or more words, opened by no given name, is used again by its first word alone
 * and never by its last: how companies are referred back to. */
function byHeadWord(text: string, e: Entity, words: string[], inflected: boolean): boolean {
  const first = words[0];
  if (words.length < 3 || !first || isGivenName(first, inflected)) return false;
  const last = words.at(-1) ?? '';
  const opens = (m: Span) => OPENS.test(text.slice(Math.max(0, m.start - 4), m.start));
  const forms = e.mentions.map((m) => ({ m, form: text.slice(m.start, m.end) }));
  return forms.some(({ form }) => form === first) && !forms.some(({ m, form }) => form === last && !opens(m));
}
