/**
 * Definite descriptions of organisations ("the agency", "la fédération", "die Behörde", "la patronal"): each
 * stands for the most recent body on the page whose name or kind fits the description's noun, by a table per
 * language, and for nobody when none fits.
 */

import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';
import { acronymsOf } from './acronyms';
import { type Bodies, bodies, inSet } from './body-lexicon';
import { bodiesBefore } from './body-mentions';
import type { BodyName } from './full-body-names';
import type { PeopleIndex, Referent } from './people-index';

/** The noun of a definite description at [start, end) ("the agency", "La fédération"), if the lexicon has it. */
export function descriptionNoun(b: Bodies, phrase: string): string | undefined {
  const m = /^(?:(\p{L}+)\s+|([dl]['’]))?(\p{L}+)$/u.exec(phrase.trim());
  if (!m) return undefined;
  const det = (m[1] ?? m[2] ?? '').toLowerCase();
  const noun = (m[3] ?? '').toLowerCase();
  // Without an article a capital makes a name; only German writes a bare description's noun with one.
  if (!b.compounds && !det && !/^\p{Ll}/u.test(m[3] ?? '')) return undefined;
  if (det && !b.determiners.includes(det) && !/^[dl]['’]$/u.test(det)) return undefined;
  return b.descriptions.has(noun) ? noun : undefined;
}

/** Whether a body's full name fits a description's noun: a word of the kind it names, or no kind word at all. */
export function fitsDescription(b: Bodies, noun: string, name: string, nouns: string[] = []): boolean {
  const fits = b.descriptions.get(noun) ?? [];
  const words = name.toLowerCase().split(/[\s,]+/);
  if (nouns.includes(noun) || words.some((w) => inSet(b, fits, w))) return true;
  // A company's name often has no kind word ("Northgate Power"); "Ore" or "PDT" is too short to tell.
  return fits.includes('*') && name.length >= 5 && !words.some((w) => inSet(b, b.heads, w));
}

/** The entity named `name`, added as an organisation when the page has none by that name. */
export function bodyEntity(idx: PeopleIndex, body: BodyName): number {
  const folded = body.name.toLowerCase();
  const known = idx.entities.find((e) => e.folded === folded || e.name.toLowerCase() === folded);
  if (known) return known.id;
  const id = idx.entities.length;
  idx.entities.push({
    id,
    kind: 'organisation',
    name: body.name,
    surname: body.name.split(' ').at(-1) ?? body.name,
    first: '',
    folded,
    gender: null,
    role: null,
    nouns: [],
    aliases: body.acronym ? [body.acronym] : [],
    mentions: [{ start: body.start, end: body.end }],
  });
  return id;
}

/**
 * The body a definite description at `pos` stands for, or null when none named before it fits. Of the bodies
 * that fit in the latest sentence naming one, the first: "Cascade Ridge, a subsidiary of Meridian Inc., …
 * the company said" is Cascade Ridge, the sentence's subject, not the parent named in apposition.
 */
export function describedBody(
  text: string,
  b: Bodies,
  idx: PeopleIndex,
  acronyms: Map<string, BodyName>,
  noun: string,
  pos: number,
): number | null {
  const fitting = bodiesBefore(text, b, idx, acronyms, pos).filter((x) =>
    fitsDescription(b, noun, x.body.name, x.nouns),
  );
  const latest = fitting[0];
  if (!latest) return null;
  const from = sentenceStart(text, latest.body.start);
  const first = fitting.filter((x) => x.body.start >= from).at(-1) ?? latest;
  return bodyEntity(idx, first.body);
}

/**
 * Who the description whose noun is token i stands for ("teilte die Behörde mit", "ha advertido la patronal"):
 * undefined when the lexicon has no such description, a null entity when no body named before fits.
 */
export function describedBodyAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const b = bodies();
  const t = must(tokens[i], 'token');
  const det = tokens[i - 1];
  if (!b || !det || !b.determiners.includes(det.lower) || !b.descriptions.has(t.lower)) return undefined;
  // "la Comisión Nacional del Agua informó": the noun opens a name written out here, which is no description.
  const named = t.cap ? idx.mentions.find((m) => m.start === t.start && m.end > t.end) : undefined;
  if (named) return { entity: named.entity, start: det.start, end: named.end };
  const entity = describedBody(idx.text ?? '', b, idx, acronymsOf(b, idx), t.lower, det.start);
  return { entity, start: det.start, end: t.end };
}
