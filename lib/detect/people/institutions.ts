/**
 * Organisations that news in other languages names without a run of capitals: an institution under a
 * lower-case noun ("le ministère des Affaires étrangères", "la procura di Milano") and an outlet or club
 * put right after the noun that says what it is ("le quotidien Le Monde", "server Claret and Hugh",
 * "deníku Guardian"). Found from the language's lexicon, they can be the source of "selon …", "píše …".
 */

import { LEXICONS } from '@/lib/detect/lexicons/index';
import { startsWithOneOf } from '@/lib/detect/text/first-letters';
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';
import { findImpersonalBodies } from './impersonal-bodies';
import { findSeats } from './seats';

/** One organisation found: where, and the name to show. */
export interface Institution extends Span {
  name: string;
  /** Where the words that introduce it begin ("Web" in "Web Football.London"), when they may be capitalised. */
  from?: number;
}

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);
const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A capitalised word, with the dots of a web name inside it ("Football.London") but not a full stop after it.
const CAP = "\\p{Lu}[\\p{L}\\p{N}&\\u2019'-]*(?:\\.\\p{L}[\\p{L}\\p{N}-]*)*";
// A name after an outlet noun: capitalised words, joined by the small words titles keep ("Claret and Hugh").
const JOINED = `(?:\\s(?:and|&|of|the|de|du|des|del|della|di|do|da|der|die|das|le|la|el|il)(?=\\s\\p{Lu}))?`;
const OUTLET_NAME = new RegExp(`^${CAP}(?:${JOINED}\\s${CAP}){0,4}`, 'u');

const phrases = new Map<string, RegExp | null>();

/** "ministère des Affaires étrangères": a lower-case institution noun, "of" words, capitalised words. */
function phraseFor(code: string): RegExp | null {
  if (phrases.has(code)) return phrases.get(code) ?? null;
  const lex = LEXICONS.find((l) => l.code === code);
  const heads = words(lex?.bodies);
  const of = words(lex?.of)
    .sort((a, b) => b.length - a.length)
    .map(literal);
  let re: RegExp | null = null;
  if (heads.length && of.length) {
    const adj = words(lex?.adjectives)
      .sort((a, b) => b.length - a.length)
      .map(literal)
      .join('|');
    const link = `(?:\\s+(?:${of.join('|')})){1,2}\\s*`;
    const name = `${CAP}(?:\\s${CAP}){0,2}${adj ? `(?:\\s\\p{Ll}+(?:${adj})(?![\\p{L}]))?` : ''}`;
    re = new RegExp(
      `${startsWithOneOf(heads)}(?<![\\p{L}])(?:${heads.map(literal).join('|')})(?:${link}${name}){1,2}`,
      'gu',
    );
  }
  phrases.set(code, re);
  return re;
}

/** Lower-case institution phrases naming which institution they are. */
export function findInstitutions(text: string): Institution[] {
  const re = phraseFor(language().code);
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => {
    const name = m[0].replace(/[.'\u2019-]+$/u, '');
    return { start: m.index, end: m.index + name.length, name };
  });
}

/** The raw lexicon of the language being read. */
function lexicon() {
  return LEXICONS.find((l) => l.code === language().code);
}

/** A test for outlet nouns in the language being read: any case form, or the end of a compound. */
function outletTest(outlets: string[]): (word: string) => boolean {
  const exact = new Set(outlets);
  const inflected = language().inflected;
  const compounds = !!lexicon()?.compounds;
  if (!inflected && !compounds) return (word) => exact.has(word);
  return (word) =>
    exact.has(word) ||
    outlets.some(
      (o) =>
        (inflected && word.startsWith(o) && word.length <= o.length + 3) ||
        (compounds && word.length > o.length + 2 && word.endsWith(o)),
    );
}

/** Names set right after an outlet noun ("le quotidien Le Monde"). */
export function findOutlets(text: string, tokens: Token[]): Institution[] {
  const outlets = words(lexicon()?.outlets);
  if (!outlets.length) return [];
  const isOutlet = outletTest(outlets);
  const out: Institution[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next?.cap) continue;
    if (text.slice(t.end, next.start) !== ' ' || !isOutlet(t.lower)) continue;
    const m = OUTLET_NAME.exec(text.slice(next.start, next.start + 120));
    const name = m?.[0].replace(/[.'\u2019-]+$/u, '');
    if (name) out.push({ start: next.start, end: next.start + name.length, name, from: t.start });
  }
  return out;
}

// The signature under an embedded post: "— West Ham United (@WestHam) October 31, 2021".
const SIGNATURE = new RegExp(`[\\u2014\\u2013]\\s*(${CAP}(?:\\s${CAP}){0,3})\\s*\\(@\\w+\\)`, 'gu');

/** Accounts that sign an embedded post, when no given name (`isGivenName`) says a person signs it. */
export function findSignatures(text: string, isGivenName: (word: string) => boolean): Institution[] {
  return [...text.matchAll(SIGNATURE)].flatMap((m) => {
    const name = m[1] ?? '';
    if (!name || isGivenName(name.split(' ')[0] ?? '')) return [];
    const start = m.index + m[0].indexOf(name);
    return [{ start, end: start + name.length, name }];
  });
}

/** The part of the people index this module edits: entities with their mentions, and every mention. */
interface Names {
  entities: { kind: string; mentions: Span[] }[];
  mentions: (Span & { entity: number })[];
}

/** Adds the institutions and outlets to `idx` through `addOrg`, in place of any name read inside them. */
export function addInstitutions(
  text: string,
  tokens: Token[],
  idx: Names,
  addOrg: (name: string, start: number, end: number) => void,
  isGivenName: (word: string) => boolean,
): void {
  const { entities, mentions } = idx;
  const found = [
    ...findInstitutions(text),
    ...findOutlets(text, tokens),
    ...findSignatures(text, isGivenName),
    ...findImpersonalBodies(text),
  ];
  const all: Institution[] = [...found, ...findSeats(text)];
  for (const o of all) {
    const from = o.from ?? o.start;
    if (mentions.some((m) => m.start < from && m.end > from)) continue;
    // "aseguró a este diario Herrero": a person the text names elsewhere stays that person.
    const inside = mentions
      .filter((m) => m.start >= o.start && m.start < o.end)
      .flatMap((m) => entities[m.entity] ?? []);
    if (o.from !== undefined && inside.some((e) => e.kind === 'person' && e.mentions.some((x) => x.end <= from)))
      continue;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (!m) continue;
      if (m.start < from || m.start >= o.end) continue;
      mentions.splice(k, 1);
      const e = entities[m.entity];
      if (e) e.mentions = e.mentions.filter((x) => x.start !== m.start);
    }
    addOrg(o.name, o.start, o.end);
  }
}
