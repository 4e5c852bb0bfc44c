/**
 * Finds the element that holds a page's article: semantic markup first (articleBody, <article>, main),
 * then paragraph density, widened to take in the headline when it sits just outside the body.
 */
import { isBoilerplate } from './boilerplate';
import { brHolders, brParagraphs } from './br-paragraphs';
import { storyPanelTest } from './collapsed';
import { textDivs } from './div-paragraphs';
import { withSiblingSections } from './sibling-sections';
import { hidesContent } from './visibility';

const BODY_SELECTORS = ['[itemprop="articleBody"]', '[property="articleBody"]', '[data-component="text-block"]'];

/**
 * What the root search asks of elements, each answer remembered for one search: whether an element is hidden or
 * furniture, whether it or an ancestor is (asked for every paragraph's container), the paragraph text of
 * the candidates weighed against each other (the same root is measured up to three times), and each
 * paragraph's own text length (a paragraph counts in every candidate holding it, and its text is a new string
 * each time it is read). The search changes nothing in the page, so no answer goes stale within it.
 */
interface Judge {
  excluded: (el: Element) => boolean;
  /** Answers of insideExcluded. */
  inside: Map<Element, boolean>;
  lengths: Map<Element, number>;
  /** Each paragraph's trimmed text length, 0 for a list item holding paragraphs of its own (they count instead). */
  paragraphs: Map<Element, number>;
}

function judgeFor(boilerplate: (el: Element) => boolean): Judge {
  const seen = new Map<Element, boolean>();
  const storyPanel = storyPanelTest();
  const excluded = (el: Element) => {
    let v = seen.get(el);
    if (v === undefined) {
      v = (hidesContent(el) && !storyPanel(el)) || boilerplate(el);
      seen.set(el, v);
    }
    return v;
  };
  return { excluded, inside: new Map(), lengths: new Map(), paragraphs: new Map() };
}

/**
 * True when `el` or an ancestor below `stop` passes `test`, with every element on the way remembered in `memo`:
 * the paragraphs of one container share their ancestors, so each ancestor is judged once, not once per paragraph.
 */
function anyUpTo(el: Element, stop: Element | null, memo: Map<Element, boolean>, test: (e: Element) => boolean) {
  const path: Element[] = [];
  let hit = false;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      hit = known;
      break;
    }
    path.push(e);
    if (test(e)) {
      hit = true;
      break;
    }
  }
  for (const e of path) memo.set(e, hit);
  return hit;
}

/** Length of visible paragraph-like text in `el`'s subtree, skipping hidden parts and furniture. */
function paragraphText(el: Element, judge: Judge): number {
  let known = judge.lengths.get(el);
  if (known === undefined) {
    known = measureParagraphs(el, judge);
    judge.lengths.set(el, known);
  }
  return known;
}

/** What one paragraph-like element adds to its candidates' paragraph text, read once per search. */
function paragraphLength(p: Element, judge: Judge): number {
  let known = judge.paragraphs.get(p);
  if (known === undefined) {
    known = p.tagName === 'LI' && p.querySelector('p') ? 0 : (p.textContent ?? '').trim().length;
    judge.paragraphs.set(p, known);
  }
  return known;
}

/** paragraphText without the memo. */
function measureParagraphs(el: Element, judge: Judge): number {
  let total = 0;
  const skipped = new Map<Element, boolean>();
  for (const p of Array.from(el.querySelectorAll('p, blockquote, li, h1, h2, h3, figcaption'))) {
    const length = paragraphLength(p, judge);
    if (length && !anyUpTo(p, el, skipped, judge.excluded)) total += length;
  }
  return total;
}

/** True when `el` or an ancestor (below the body) is hidden or furniture. */
function insideExcluded(el: Element, judge: Judge): boolean {
  return anyUpTo(el, el.ownerDocument.body, judge.inside, judge.excluded);
}

/** How much a paragraph of this text says the block around it is the article. */
function paragraphScore(text: string): number {
  const len = text.trim().length;
  if (len < 40) return 0;
  let commas = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas++;
  return 1 + commas + Math.min(Math.floor(len / 100), 3);
}

// How many lone wrappers above a paragraph are climbed: enough for the div-in-div paragraphs React pages emit.
const MAX_WRAPPERS = 4;

/**
 * The block a paragraph's text counts for. Pages built from components wrap each paragraph in divs of its own
 * (hashed classes, nothing else inside), so its parent and grandparent are wrappers, never the article: those
 * lone wrappers are climbed to the first element holding something besides the paragraph.
 */
export function paragraphBlock(p: Element): Element | null {
  let block: Element | null = p.parentElement;
  const body = p.ownerDocument.body;
  for (let i = 0; block && i < MAX_WRAPPERS && block.childElementCount === 1; i++) {
    const up: Element | null = block.parentElement;
    if (!up || up === body) break;
    block = up;
  }
  return block;
}

/** Picks the element with the most paragraph text below it, crediting each paragraph's container and its parent. */
function densest(doc: Document, judge: Judge): Element | null {
  const scores = new Map<Element, number>();
  const credit = (parent: Element, score: number) => {
    if (!score || insideExcluded(parent, judge)) return;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  };
  // Divs of running text count as the paragraphs they are drawn as.
  for (const p of [...Array.from(doc.body?.querySelectorAll('p') ?? []), ...textDivs(doc)]) {
    const block = paragraphBlock(p);
    if (block) credit(block, paragraphScore(p.textContent ?? ''));
  }
  // Articles laid out as text and <br>s in a <div> count their lines as paragraphs.
  for (const holder of brHolders(doc)) {
    credit(
      holder,
      brParagraphs(holder).reduce((sum, run) => sum + paragraphScore(run), 0),
    );
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}

/** The lowest element containing both a and b. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let e: Element | null = a; e; e = e.parentElement) if (e.contains(b)) return e;
  return null;
}

/** Widens `root` to include the page headline when that adds little else (the headline often sits above the body). */
function withHeadline(doc: Document, root: Element, judge: Judge): Element {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((h) => !root.contains(h) && (h.textContent ?? '').trim());
  if (!h1 || root.contains(h1)) return root;
  const both = commonAncestor(root, h1);
  if (!both || both === doc.body || both === doc.documentElement) return root;
  const extra = paragraphText(both, judge) - paragraphText(root, judge);
  return extra <= (h1.textContent ?? '').length + 600 ? both : root;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The articleBody text of the page's JSON-LD (NewsArticle and kin), if it gives one. */
function structuredBody(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const json = script.textContent ?? '';
    // Most pages' structured data (breadcrumbs, the site, the organisation) gives no body: such a script is not
    // parsed, unless it escapes characters, which could spell the key.
    if (!json.includes('articleBody') && !json.includes('\\u')) continue;
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (typeof o.articleBody === 'string' && o.articleBody.length > 200) return squash(o.articleBody);
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return null;
}

/** The element spanning the paragraphs where the structured articleBody begins and ends. */
function fromStructuredData(doc: Document): Element | null {
  const body = structuredBody(doc);
  if (!body) return null;
  const head = body.slice(0, 60);
  const tail = body.slice(-60);
  const paras = Array.from(doc.querySelectorAll('p'));
  const first = paras.find((p) => squash(p.textContent ?? '').includes(head.slice(0, 40)));
  const last = paras.findLast((p) => squash(p.textContent ?? '').includes(tail.slice(-40)));
  if (!first || !last) return null;
  const both = commonAncestor(first, last);
  return both && both !== doc.body && both !== doc.documentElement ? both : null;
}

/** True when `el` sits in the page's footer (a footer inside a quotation or figure is an attribution). */
function inFooter(el: Element): boolean {
  const footer = el.closest('footer, [role="contentinfo"]');
  return !!footer && !footer.parentElement?.closest('blockquote, figure');
}

/**
 * The element holding the article body of `doc`; falls back to <body>. `boilerplate` may be a memo the caller
 * shares with the text map walk of the same read.
 */
export function findArticleRoot(doc: Document, boilerplate: (el: Element) => boolean = isBoilerplate): Element {
  const body = doc.body ?? doc.documentElement;
  const judge = judgeFor(boilerplate);
  let root: Element | null = fromStructuredData(doc);
  for (const sel of root ? [] : BODY_SELECTORS) {
    // One body element, or one per paragraph (a text-block each): the story is what they hold together.
    const found = Array.from(doc.querySelectorAll(sel)).filter(
      (e) => paragraphText(e, judge) > 0 && !insideExcluded(e, judge),
    );
    const total = found.reduce((sum, e) => sum + paragraphText(e, judge), 0);
    const [first, last] = [found[0], found.at(-1)];
    if (first && last && total > 200) root = first === last ? first : commonAncestor(first, last);
    if (root) break;
  }
  const fromMarkup = root !== null;
  if (!root) {
    const articles = Array.from(doc.querySelectorAll('article')).filter((a) => !judge.excluded(a));
    const scored = articles.map((a) => [a, paragraphText(a, judge)] as const).sort((x, y) => y[1] - x[1]);
    if (scored[0] && scored[0][1] > 200) root = scored[0][0];
  }
  const dense = densest(doc, judge);
  if (!fromMarkup && root && dense && !root.contains(dense) && !dense.contains(root)) {
    // Teaser cards are <article>s too: trust the densest text block when it holds far more than the pick.
    if (paragraphText(dense, judge) > 2 * paragraphText(root, judge)) root = dense;
  }
  if (!fromMarkup && root && dense && dense !== root && dense.contains(root)) {
    // A live blog or a thread of posts: each post is an <article>, the story is all of them together.
    if (paragraphText(dense, judge) > 2 * paragraphText(root, judge)) root = dense;
  }
  if (!root) root = dense;
  // A site footer is never the article, however much text it has.
  if (root && inFooter(root)) root = dense && !inFooter(dense) ? dense : null;
  if (!root) root = doc.querySelector('main, [role="main"]') ?? body;
  if (!fromMarkup) root = withSiblingSections(root, (el) => paragraphText(el, judge), judge.excluded);
  return withHeadline(doc, root, judge);
}
