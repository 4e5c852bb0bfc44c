/**
 * Packs the product built itself from input it had already checked (a fact-check feed read by lib/factcheck):
 * every record has the shape and the cleaned text the pack schema would give it, so the pack check trusts the
 * shape and applies only the limits, instead of reading each of 200,000 records a second time. A trusted record
 * that breaks a limit is checked by the schema after all, so its rejection reads as any other.
 */
import { LIMITS } from './pack-schema';

const trusted = new WeakSet<object>();

/** Marks a pack as built from already-checked records in the schema's own output shape (see the module note). */
export function markWellFormed<T extends object>(pack: T): T {
  trusted.add(pack);
  return pack;
}

/** Whether a pack was marked by markWellFormed. */
export function isWellFormed(pack: object): boolean {
  return trusted.has(pack);
}

type Obj = Record<string, unknown>;

const text = (x: unknown, max: number): boolean => typeof x === 'string' && x.length > 0 && x.length <= max;
const optionalText = (x: unknown, max: number): boolean => x === undefined || text(x, max);
const texts = (x: unknown, maxItems: number, max: number): boolean =>
  Array.isArray(x) && x.length <= maxItems && x.every((s) => text(s, max));
const optionalTexts = (x: unknown, maxItems: number, max: number): boolean =>
  x === undefined || texts(x, maxItems, max);

function person(p: Obj): boolean {
  return (
    text(p.id, LIMITS.id) &&
    text(p.name, LIMITS.name) &&
    texts(p.aliases, LIMITS.list, LIMITS.name) &&
    Array.isArray(p.roles) &&
    p.roles.length === 0 &&
    optionalTexts(p.links, LIMITS.links, LIMITS.url)
  );
}

function statement(s: Obj): boolean {
  const sources = s.sources;
  return (
    text(s.id, LIMITS.id) &&
    text(s.personId, LIMITS.id) &&
    text(s.text, LIMITS.text) &&
    Array.isArray(sources) &&
    sources.length <= LIMITS.list &&
    sources.every((src: Obj) => text(src?.url, LIMITS.url)) &&
    Array.isArray(s.tags) &&
    s.tags.length === 0
  );
}

function review(r: Obj): boolean {
  const rating = (r.rating ?? {}) as Obj;
  const reviewer = (r.reviewer ?? {}) as Obj;
  return (
    text(r.id, LIMITS.id) &&
    text(r.claim, LIMITS.text) &&
    (r.claimantId === null || text(r.claimantId, LIMITS.id)) &&
    optionalText(r.statementId, LIMITS.id) &&
    texts(r.appearances, LIMITS.list, LIMITS.url) &&
    text(rating.alternateName, LIMITS.short) &&
    text(reviewer.name, LIMITS.name) &&
    optionalText(reviewer.url, LIMITS.url) &&
    optionalText(r.url, LIMITS.url)
  );
}

/** The limit check of a trusted record, per pack list: true when it fits every cap the pack schema sets. */
export const WITHIN_LIMITS: Record<'people' | 'statements' | 'relations' | 'reviews', (record: Obj) => boolean> = {
  people: person,
  statements: statement,
  // A feed carries no relations; one in a trusted pack is checked by the schema.
  relations: () => false,
  reviews: review,
};
