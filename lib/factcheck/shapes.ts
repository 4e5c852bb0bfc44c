/**
 * Where ClaimReviews sit in what fact-checkers publish: a single ClaimReview, a list of them, a JSON-LD `@graph`,
 * or a schema.org DataFeed whose `dataFeedElement` entries hold them directly or as DataFeedItem `item`s. Finds
 * them with their place in the input, walking no deeper than those shapes go.
 */

/** A ClaimReview object found in an input, and where it was. */
export interface Located {
  at: string;
  value: Record<string, unknown>;
}

/** More ClaimReviews than a fact-check page carries about itself: the rest of a page's markup is not sent. */
export const MAX_PAGE_REVIEWS = 20;

/** More than any feed publishes at once; past this the rest is not read. */
export const MAX_REVIEWS = 250_000;

type Obj = Record<string, unknown>;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether page-derived JSON is plain data a checker may walk: no key that could reach a prototype, nesting no
 * deeper than `maxDepth`. Walked with a stack, since deep nesting is what a hostile page would send.
 */
export function isPlainJson(root: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > maxDepth) return false;
    for (const key of Object.keys(value)) {
      if (!Array.isArray(value) && FORBIDDEN.has(key)) return false;
      stack.push([(value as Obj)[key], depth + 1]);
    }
  }
  return true;
}

const isObject = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The schema.org type names an object declares, without `schema:` or the vocabulary URL. */
export function typesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  const raw = value['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
}

/** Whether an object declares itself a ClaimReview. */
export function isClaimReview(value: unknown): value is Obj {
  return typesOf(value).includes('ClaimReview');
}

/** Whether the JSON holds ClaimReviews in one of the published shapes (and so is not an OnRecord pack). */
export function looksLikeClaimReviews(json: unknown): boolean {
  if (Array.isArray(json)) return json.some((x) => isClaimReview(x) || typesOf(x).includes('DataFeed'));
  if (!isObject(json)) return false;
  if (isClaimReview(json) || typesOf(json).includes('DataFeed')) return true;
  const graph: unknown = json['@graph'];
  return Array.isArray(graph) && graph.some(isClaimReview);
}

/** Every ClaimReview in the input, in order, with its place; other items are listed as not reviews. */
export function locateClaimReviews(json: unknown): { found: Located[]; others: string[] } {
  const found: Located[] = [];
  const others: string[] = [];
  const visit = (value: unknown, at: string, depth: number): void => {
    if (found.length >= MAX_REVIEWS) return;
    if (isClaimReview(value)) {
      found.push({ at, value });
      return;
    }
    const inner = depth > 3 ? undefined : innerOf(value, at);
    if (!inner) {
      others.push(at);
      return;
    }
    if (Array.isArray(inner.value)) {
      for (const [i, x] of inner.value.entries()) visit(x, `${inner.at}[${i}]`, depth + 1);
    } else visit(inner.value, inner.at, depth + 1);
  };
  visit(json, '', 0);
  return { found, others };
}

/** What a container holds: a list's items, a DataFeed's elements, a DataFeedItem's item, a graph's nodes. */
function innerOf(value: unknown, at: string): { value: unknown; at: string } | undefined {
  if (Array.isArray(value)) return { value, at };
  if (!isObject(value)) return undefined;
  const types = typesOf(value);
  if (types.includes('DataFeed') && Array.isArray(value.dataFeedElement))
    return { value: value.dataFeedElement, at: join(at, 'dataFeedElement') };
  if (types.includes('DataFeedItem') && value.item !== undefined) return { value: value.item, at: join(at, 'item') };
  const graph: unknown = value['@graph'];
  return Array.isArray(graph) ? { value: graph, at: join(at, '@graph') } : undefined;
}

function join(at: string, key: string): string {
  return at ? `${at}.${key}` : key;
}
