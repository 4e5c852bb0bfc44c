/**
 * Facts about the page itself (address, title, outlet, publication date), read from the markup news sites
 * already publish: JSON-LD, Open Graph / article meta tags and <time datetime>. Plain data out.
 */
import type { PageInfo } from '@/lib/core/protocol';
import { brHolders, brParagraphs } from './br-paragraphs';
import { jsonLdNodes } from './json-ld';

type Json = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object' && 'name' in value) return text((value as Json).name);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** An ISO string for a date the page states, or null when it does not parse; day-only dates stay day-only. */
export function toIsoDate(raw: string | null): string | null {
  if (!raw) return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const ARTICLE_TYPES = /Article|Posting|Report/;

/** Reads the page's own description of itself into PageInfo. */
export function readPageInfo(doc: Document, url: string = doc.location?.href ?? ''): PageInfo {
  const nodes = jsonLdNodes(doc);
  const article = nodes.find((n) => ARTICLE_TYPES.test(String(n['@type'] ?? ''))) ?? nodes[0];
  const title =
    text(article?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? (doc.title.trim() || url || 'Untitled page');
  const outlet = text(article?.publisher) ?? meta(doc, 'og:site_name', 'application-name');
  const publishedAt =
    toIsoDate(text(article?.datePublished)) ??
    toIsoDate(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date')) ??
    toIsoDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null);
  return { url, title, outlet, publishedAt };
}

/**
 * A cheap first look before any analysis, so pages that are not articles (search results, web apps, inboxes)
 * cost next to nothing: an article says so in its metadata, or has a few paragraphs of running text (in <p>s
 * or as lines between <br>s).
 */
export function looksLikeArticle(doc: Document): boolean {
  const type = meta(doc, 'og:type');
  if (type && /article/i.test(type)) return true;
  if (jsonLdNodes(doc).some((n) => ARTICLE_TYPES.test(String(n['@type'] ?? '')))) return true;
  let long = 0;
  for (const p of doc.querySelectorAll('p')) {
    if ((p.textContent ?? '').length >= 80 && ++long >= 3) return true;
  }
  // Text and <br>s without <p> (older and hand-made pages): its lines are the paragraphs.
  for (const holder of brHolders(doc)) {
    for (const run of brParagraphs(holder)) if (run.trim().length >= 80 && ++long >= 3) return true;
  }
  return false;
}
