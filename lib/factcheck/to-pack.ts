/**
 * Found reviews as an OnRecord pack, so a fact-check feed goes through the same checks, preview, merges and
 * all-or-nothing commit as any pack: each claimant becomes a person (the import merges them with stored people
 * by exact name or alias only), each claim with a claimant a statement, each review a review record linking
 * both. Ids derive from content, so importing a feed twice leaves one copy of each record. Every record is built
 * in the pack schema's own output shape (its defaults filled in, its texts already cleaned by the reader), so the
 * pack check can trust the shape and check only the limits (lib/pack/well-formed.ts).
 */
import { hashText } from '@/lib/match/hash';
import { nameKey } from '@/lib/match/name-keys';
import { quoteWords } from '@/lib/match/quote-text';
import { linkKey } from './link-keys';
import type { FoundClaimant, FoundReview } from './types';

/** As many links and other spellings as a pack person may carry (lib/pack/pack-schema.ts LIMITS). */
const MAX_LINKS = 20;
const MAX_ALIASES = 200;

/** What the pack's meta says when the feed names no licence: the shape it came in. */
const FORMAT = 'schema.org ClaimReview';

/** The id a claimant gets: the same name always gives the same id. */
export function claimantId(name: string): string {
  return `claimant-${hashText(nameKey(name) || name)}`;
}

/** The id a claim's statement gets, per claimant and wording. */
export function claimStatementId(personId: string, claim: string): string {
  return `claim-${hashText(`${personId}\u0000${quoteWords(claim)}`)}`;
}

/** The id a review gets: its link, the fact-checker and the claim. */
export function reviewId(r: Pick<FoundReview, 'url' | 'reviewer' | 'claim'>): string {
  return `review-${hashText(`${r.url ?? ''}\u0000${r.reviewer.name}\u0000${r.claim}`)}`;
}

/** Names for the preview: the feed's own name, or its fact-checkers'. */
export interface FeedInfo {
  name?: string;
  licence?: string;
}

/** The pack JSON for these reviews, to be checked by lib/pack like any file; `today` dates it. */
export function reviewsToPack(reviews: readonly FoundReview[], today: string, info: FeedInfo = {}) {
  const people = new ClaimantPeople();
  const statements = new Map<string, object>();
  const reviewers = new Set<string>();
  // One pass, each record written out in full: no spread or intermediate list per review.
  const records = reviews.map((r) => {
    reviewers.add(r.reviewer.name);
    const personId = r.claimant ? people.add(r.claimant) : null;
    const statementId = personId === null ? undefined : claimStatementId(personId, r.claim);
    if (personId !== null && statementId !== undefined && !statements.has(statementId))
      statements.set(statementId, claimStatement(statementId, personId, r));
    return reviewRecord(r, personId, statementId);
  });
  const byline = [...reviewers].slice(0, 5).join(', ') || FORMAT;
  return {
    format: 'onrecord-pack',
    version: 1,
    meta: {
      name: (info.name ?? byline).slice(0, 300),
      author: byline.slice(0, 300),
      licence: info.licence ?? FORMAT,
      date: today,
    },
    people: people.list(),
    statements: [...statements.values()],
    relations: [],
    reviews: records,
  };
}

/** The statement of a claim, as the pack schema's output has it. */
function claimStatement(id: string, personId: string, r: FoundReview): object {
  const sources = r.appearances.map((url) => ({ url }));
  return r.claimDate
    ? { id, personId, text: r.claim, date: r.claimDate, sources, tags: [] }
    : { id, personId, text: r.claim, sources, tags: [] };
}

/** A review as the pack's record: the found review without its claimant, and the ids it links to. */
type ReviewRecord = Omit<FoundReview, 'claimant'> & { id: string; claimantId: string | null; statementId?: string };

/** The review record: the found review's fields (all but its claimant) in their order, then its links. */
function reviewRecord(r: FoundReview, claimantId: string | null, statementId: string | undefined): ReviewRecord {
  const out: Record<string, unknown> = { id: reviewId(r), claim: r.claim, appearances: r.appearances };
  out.rating = r.rating;
  out.reviewer = r.reviewer;
  if (r.claimDate !== undefined) out.claimDate = r.claimDate;
  if (r.reviewDate !== undefined) out.reviewDate = r.reviewDate;
  if (r.url !== undefined) out.url = r.url;
  out.claimantId = claimantId;
  if (statementId !== undefined) out.statementId = statementId;
  // Built key by key so the record keeps the order its fields had before; every required key is set above.
  return out as ReviewRecord;
}

/** A claimant as the pack's person record: their name, kind, other spellings and `sameAs` links. */
interface ClaimantPerson {
  id: string;
  name: string;
  kind: FoundClaimant['kind'];
  aliases: string[];
  links: string[];
  /** The link keys of `links`, so a claimant seen again costs a lookup per link, not a pass over them all. */
  linkKeys: Set<string>;
}

/**
 * The feed's claimants as people: one per name, and one for two spellings that share a `sameAs` link (the second
 * spelling kept as an alias), each with every link the feed gave them.
 */
class ClaimantPeople {
  private readonly byId = new Map<string, ClaimantPerson>();
  private readonly byLink = new Map<string, string>();
  /** Each link's key and each name's id, worked out once: a claimant comes back once per claim. */
  private readonly keyOfLink = new Map<string, string | undefined>();
  private readonly idOfName = new Map<string, string>();

  /** The person id this claimant is recorded under. */
  add(claimant: FoundClaimant): string {
    const keyed = claimant.sameAs.map((url) => [url, this.linkKeyOf(url)] as const);
    const linked = keyed.map(([, k]) => (k === undefined ? undefined : this.byLink.get(k))).find((id) => id);
    const id = linked ?? this.idOf(claimant.name);
    let person = this.byId.get(id);
    if (!person) {
      person = { id, name: claimant.name, kind: claimant.kind, aliases: [], links: [], linkKeys: new Set() };
      this.byId.set(id, person);
    } else if (claimant.name !== person.name && !person.aliases.includes(claimant.name)) {
      if (nameKey(claimant.name) !== nameKey(person.name)) person.aliases.push(claimant.name);
    }
    for (const [url, key] of keyed) {
      if (key === undefined || person.linkKeys.has(key)) continue;
      if (!this.byLink.has(key)) this.byLink.set(key, id);
      if (person.links.length >= MAX_LINKS) continue;
      person.linkKeys.add(key);
      person.links.push(url);
    }
    return id;
  }

  private linkKeyOf(url: string): string | undefined {
    if (this.keyOfLink.has(url)) return this.keyOfLink.get(url);
    const key = linkKey(url);
    this.keyOfLink.set(url, key);
    return key;
  }

  private idOf(name: string): string {
    const known = this.idOfName.get(name);
    if (known !== undefined) return known;
    const id = claimantId(name);
    this.idOfName.set(name, id);
    return id;
  }

  /** The people as pack records (aliases and roles as the schema defaults them); links left out when none. */
  list(): object[] {
    return [...this.byId.values()].map(({ aliases, links, linkKeys: _keys, ...p }) => ({
      ...p,
      aliases: aliases.slice(0, MAX_ALIASES),
      roles: [],
      ...(links.length > 0 ? { links } : {}),
    }));
  }
}
