/**
 * A fact-checker's review as OnRecord reads it from schema.org ClaimReview markup or feeds: plain fields, no
 * JSON-LD shapes left, ready to become library records. Pure data, shared by parsing, matching and publishing.
 */

/** Who made the claim, as the review names them. */
export interface FoundClaimant {
  name: string;
  kind: 'person' | 'organisation';
  /** `sameAs` links (Wikidata, Wikipedia, an official site), web links only. */
  sameAs: string[];
}

/** The fact-checker's verdict: their own words, and their numbers when they gave them. */
export interface FoundRating {
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/** One ClaimReview, normalised. */
export interface FoundReview {
  claim: string;
  claimant: FoundClaimant | null;
  claimDate?: string;
  appearances: string[];
  rating: FoundRating;
  reviewer: { name: string; url?: string };
  reviewDate?: string;
  url?: string;
}

/** An item of a file or page that could not be read as a review, and why. */
export interface SkippedReview {
  /** Where it is in the input: `dataFeedElement[3].item[0]`, `[2]`, `ClaimReview`. */
  at: string;
  problem: string;
}

/** Every review read from one input, and every item left out with its reason. */
export interface ReadReviews {
  reviews: FoundReview[];
  skipped: SkippedReview[];
}

/** A stored review as the card and matching read it (the library's Review record fits this shape). */
export interface StoredReview {
  id: string;
  claim: string;
  claimantId: string | null;
  rating: FoundRating;
  reviewer: { name: string; url?: string };
  reviewDate?: string;
  url?: string;
}

/** One fact-checker's verdict as the card shows it: their words and name, never OnRecord's own verdict. */
export interface CardReview {
  id: string;
  rating: FoundRating;
  reviewer: { name: string; url?: string };
  reviewDate?: string;
  url?: string;
}

/** The reviews of one claim a quote matches, shown together, and whether the quote says it exactly. */
export interface CardClaimReviews {
  /** The claim as the fact-checkers worded it, shown beside the quote when the match is not exact. */
  claim: string;
  match: 'exact' | 'similar';
  reviews: CardReview[];
}
