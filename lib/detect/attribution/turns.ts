/**
 * Interviews and transcripts laid out as speaker turns: a paragraph opening with "NAME:" or "Name:" and
 * then the words, without quotation marks. Each turn is a block quotation of the speaker its label names.
 */

import type { PeopleIndex } from '@/lib/detect/people/people';
import type { RawQuote } from '@/lib/detect/quotes/quotes';
import { must } from '@/lib/detect/text/must';
import { fold } from '@/lib/detect/text/name-spelling';
import type { Span } from '@/lib/detect/types';
import { dottedLabel, interviewee, isAnswer, isQaPair } from './qa-turns';
import type { Attribution } from './speakers';

/** One speaker turn: the label ("MARIA LOPEZ:") and the words after it. */
export interface Turn {
  label: Span;
  words: Span;
  name: string;
}

const LABEL =
  /^[ \t]*((?:\p{Lu}[\p{L}.'\u2019-]*)(?:[ \t]+(?:\p{Lu}[\p{L}.'\u2019-]*|de|van|von|da|al|bin)){0,3})[ \t]*:[ \t]+(?=\S)/u;
// Labels that head notes and page furniture, not people speaking.
const NOT_SPEAKERS = new Set(
  "note editor's update updated correction photo image caption credit source read related watch listen see warning by video breaking live tags".split(
    ' ',
  ),
);
// German page furniture: "Stand: 14.10.2025 18:42 Uhr" under a broadcaster's headline, "Quelle:", "Foto:".
const NOT_SPEAKERS_DE = new Set(
  'stand quelle foto fotos bild hinweis anmerkung korrektur aktualisiert mehr lesen'.split(' '),
);
/**
 * Speaker turns in `text`: none unless at least two paragraphs read as turns of at least two labels, one of
 * them a person the text names ("LONDON:" and "PARIS:" datelines make no transcript);
 * lettered turns ("Q:"/"A:", "D:"/"R:", "P."/"R.") make one when the paragraph before them introduces the interviewee;
 * past two labels, one must come back.
 */
export function findTurns(text: string, idx: PeopleIndex): Turn[] {
  const out: Turn[] = [];
  const dotted: Turn[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const m = LABEL.exec(line);
    const start = at;
    at += line.length + 1;
    const labelText = m?.[1];
    if (!m || labelText === undefined) {
      const d = dottedLabel(line);
      const body = d ? line.slice(d.body).trimEnd() : '';
      if (d && /[\p{L}\p{N}]/u.test(body))
        dotted.push({
          label: { start: start + d.at, end: start + d.at + d.length },
          words: { start: start + d.body, end: start + d.body + body.length },
          name: d.name,
        });
      continue;
    }
    const name = labelText.replace(/\.$/, '');
    const words = name.toLowerCase().split(/\s+/);
    if (words.some((w) => NOT_SPEAKERS.has(w.replace(/[\u2019']s$/, '')) || NOT_SPEAKERS_DE.has(w))) continue;
    const body = line.slice(m[0].length).trimEnd();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const from = start + line.indexOf(labelText);
    const label = { start: from, end: from + name.length };
    out.push({ label, words: { start: start + m[0].length, end: start + m[0].length + body.length }, name });
  }
  const labels = new Set(out.map((t) => fold(t.name))).size;
  if (labels >= 2 && (labels === 2 || recurs(out)) && out.some((t) => turnSpeaker(idx, t) !== null)) return out;
  // A question-and-answer layout keeps only its lettered lines; a box of labelled facts may follow it.
  const lettered = [...out.filter((t) => t.name.length === 1), ...dotted].sort((a, b) => a.label.start - b.label.start);
  return isQaPair(lettered) && interviewee(idx, lettered) !== null ? lettered : [];
}

/**
 * True when some label speaks more than once ("OWEN MARSH:" then "MARSH:"): a conversation. A box of labelled
 * facts ("Goles:", "Árbitro:", a line-up per club) gives each of its many labels one line.
 */
function recurs(turns: Turn[]): boolean {
  const seen = new Set<string>();
  for (const t of turns) {
    const last = fold(t.name).split(/\s+/).at(-1) ?? '';
    if (seen.has(last)) return true;
    seen.add(last);
  }
  return false;
}

/**
 * The person a turn label names: the one the text names in full ("OWEN MARSH") or by that surname ("NAIR").
 * Parts rather than people ("Q", "HOST") and surnames two people share name nobody.
 */
function turnSpeaker(idx: PeopleIndex, t: Turn): number | null {
  const key = fold(t.name).replace(/^(?:mr|mrs|ms|dr)\.?\s+/, '');
  // One letter is a part (Q/A, Italian D/R, Portuguese P/R), never a surname ("Serie D" is a league).
  if (key.length < 2) return null;
  const last = must(key.split(/\s+/).at(-1), 'last word');
  const people = idx.entities.filter((e) => e.kind === 'person' && (e.folded === key || e.surname === last));
  const exact = people.filter((e) => e.folded === key);
  const one = exact.length === 1 ? exact : people;
  const [only] = one;
  return one.length === 1 && only ? only.id : null;
}

/** Gives each turn's block quote the speaker its label names; other quotes keep their attribution. */
export function applyTurns(raw: RawQuote[], turns: Turn[], idx: PeopleIndex, out: Attribution[]): Attribution[] {
  if (!turns.length) return out;
  // A label in capitals may have been read as an acronym ("NAIR"): it names the speaker, nothing else.
  const inLabel = (m: Span) => turns.some((t) => m.start < t.label.end && m.end > t.label.start);
  idx.mentions = idx.mentions.filter((m) => !inLabel(m));
  for (const e of idx.entities) e.mentions = e.mentions.filter((m) => !inLabel(m));
  const speakers = new Map<Turn, number | null>();
  const qa = isQaPair(turns) ? interviewee(idx, turns) : null;
  for (const t of turns) speakers.set(t, qa !== null ? (isAnswer(t.name) ? qa : null) : turnSpeaker(idx, t));
  const moved = new Map<number, number | null>();
  for (const t of turns) {
    const e = must(speakers.get(t), 'turn speaker');
    if (e !== null && qa === null) {
      must(idx.entities[e], 'entity').mentions.push(t.label);
      idx.mentions.push({ ...t.label, entity: e });
    }
    raw.forEach((q, i) => {
      if (q.parent >= 0 || q.start !== t.words.start || q.end !== t.words.end) return;
      const had = must(out[i], 'attribution').entity;
      if (had !== null && had !== e) moved.set(had, e);
      out[i] = { entity: e, mention: e === null ? null : t.label, way: 'turn' };
    });
  }
  // Headlines echoing a turn took the speaker the turn had before its label was read.
  for (const a of out)
    if (a.way === 'echo' && a.entity !== null && moved.has(a.entity))
      a.entity = must(moved.get(a.entity), 'moved speaker');
  idx.mentions.sort((a, b) => a.start - b.start);
  return out;
}
