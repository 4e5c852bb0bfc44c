/**
 * Where the page named its organisations before a point, with each one's full name: the names the finder
 * found, the acronyms defined for them ("la FDSEA"), and the short forms news uses after the full name
 * ("Cascade Ridge" for "Cascade Ridge Water Co."), which the finder may not have marked.
 */

import { must } from '@/lib/detect/text/must';
import { type Bodies, inSet } from './body-lexicon';
import { type BodyName, endsOnHead, fullBodyName } from './full-body-names';
import type { Entity, PeopleIndex } from './people-index';

// How far back a definite description looks for the body it stands for.
const WINDOW = 3000;

/** A body named before a description, with the nouns the text has used for it. */
export interface NamedBody {
  body: BodyName;
  nouns: string[];
}

/** True when a name is a document's ("Stellungnahme", "statement"), which never speaks. */
export function namesDocument(b: Bodies, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words.length <= 2 ? (words.at(-1) ?? '') : '';
  return inSet(b, b.documents, head);
}

/** True for an organisation, or a name the finder read as a person's that ends on a body's head ("… Water Co"). */
export function isBody(b: Bodies, e: Entity): boolean {
  return e.kind === 'organisation' || endsOnHead(b, e.name);
}

/** Places before `pos` where the page wrote a body's first two words alone ("Cascade Ridge, a subsidiary …"). */
function shortForms(text: string, b: Bodies, idx: PeopleIndex, pos: number): NamedBody[] {
  const out: NamedBody[] = [];
  const from = Math.max(0, pos - WINDOW);
  for (const e of idx.entities) {
    const words = e.name.split(' ');
    if (words.length < 3 || !isBody(b, e) || !/^\p{Lu}/u.test(words[1] ?? '')) continue;
    const short = `${words[0]} ${words[1]}`;
    for (let at = text.indexOf(short, from); at >= 0 && at < pos; at = text.indexOf(short, at + 1)) {
      const next = text.slice(at + short.length, at + short.length + 2);
      if (/^\s\p{Lu}/u.test(next)) continue;
      out.push({ body: { name: e.name, start: at, end: at + short.length }, nouns: e.nouns });
    }
  }
  return out;
}

/**
 * German bodies the finder may not mark, because every noun has a capital: a compound ending in a body's head
 * ("Landratsamt", "Bundesministerium") with the place name after it ("Landratsamt Freising"). Description
 * nouns ("die Behörde") are not names.
 */
function compoundBodies(text: string, b: Bodies, pos: number): NamedBody[] {
  if (!b.compounds) return headedRuns(text, b, pos);
  const out: NamedBody[] = [];
  const from = Math.max(0, pos - WINDOW);
  for (const m of text.slice(from, pos).matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const head = m[0].toLowerCase();
    if (!inSet(b, b.heads, head)) continue;
    const start = from + (m.index ?? 0);
    // "Landratsamt Freising", "Stadtwerke München GmbH": the place and legal form written after the head.
    const place = /^(?:\s\p{Lu}\p{L}*){0,2}(?=[\s,.;:]+\p{Ll}|[,.;:(])/u.exec(text.slice(start + m[0].length, pos));
    const full = fullBodyName(text, b, start, start + m[0].length + (place?.[0].length ?? 0));
    // "die Behörde" describes a body named before; "der Verband kommunaler Unternehmen" names one.
    if (b.descriptions.has(head) && full.name.toLowerCase() === head) continue;
    out.push({ body: full, nouns: [] });
  }
  return out;
}

/** Runs of capitalised words ending on a body's head ("The Fairview Water District"), which the finder may miss. */
function headedRuns(text: string, b: Bodies, pos: number): NamedBody[] {
  const out: NamedBody[] = [];
  const from = Math.max(0, pos - WINDOW);
  for (const m of text.slice(from, pos).matchAll(/(?:\p{Lu}[\p{L}.'’&-]*[ \u00a0]+){1,4}\p{Lu}[\p{L}.]*/gu)) {
    const words = m[0].split(/\s+/);
    if (!inSet(b, b.heads, (words.at(-1) ?? '').toLowerCase())) continue;
    const det = b.determiners.includes((words[0] ?? '').toLowerCase()) ? (words[0] ?? '').length + 1 : 0;
    if (words.length - (det ? 1 : 0) < 2) continue;
    const start = from + (m.index ?? 0) + det;
    out.push({ body: fullBodyName(text, b, start, from + (m.index ?? 0) + m[0].length), nouns: [] });
  }
  return out;
}

/** The full names of the organisations named before `pos`, most recent first. */
export function bodiesBefore(
  text: string,
  b: Bodies,
  idx: PeopleIndex,
  acronyms: Map<string, BodyName>,
  pos: number,
): NamedBody[] {
  const out = [...shortForms(text, b, idx, pos), ...compoundBodies(text, b, pos)];
  for (let k = idx.mentions.length - 1; k >= 0; k--) {
    const m = must(idx.mentions[k], 'mention');
    if (m.start >= pos) continue;
    if (pos - m.start > WINDOW) break;
    const e = must(idx.entities[m.entity], 'entity');
    // "Cascade Ridge" read as a person's name is the body "Cascade Ridge Water Co." the page also names.
    const body = isBody(b, e) ? e : idx.entities.find((o) => isBody(b, o) && o.name.startsWith(`${e.name} `));
    if (!body || namesDocument(b, e.name)) continue;
    // "la FDSEA" stands for the name it was defined after.
    const full = acronyms.get(text.slice(m.start, m.end)) ?? fullBodyName(text, b, m.start, m.end);
    out.push({ body: body === e ? full : { ...full, name: body.name }, nouns: body.nouns });
  }
  return out.sort((x, y) => y.body.start - x.body.start);
}
