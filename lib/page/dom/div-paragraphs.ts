/**
 * Pages whose paragraphs are <div>s: component libraries often render running text as a div of text and
 * inline elements, with no <p> at all. The article finder reads such divs as paragraphs; the first look does
 * not (apps and social feeds draw their text in divs too, so there only markup or <p>s say "article").
 */
import { BLOCKS } from './br-paragraphs';

/** Shorter text in a div is a label, a caption or a button, not running text. */
const MIN_CHARS = 80;

/** True when `div` holds only text and inline elements (no block, no <br>: those are read as line runs). */
function inlineOnly(div: Element): boolean {
  for (let c = div.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'BR' || BLOCKS.test(c.tagName)) return false;
  }
  return true;
}

/** The <div>s that read as paragraphs: inline content only, with running text of some length (first `limit` divs). */
export function textDivs(doc: Document, limit = 5000): Element[] {
  const out: Element[] = [];
  const divs = doc.body?.getElementsByTagName('div');
  for (let i = 0; divs && i < divs.length && i < limit; i++) {
    const div = divs[i];
    if (div && inlineOnly(div) && (div.textContent ?? '').trim().length >= MIN_CHARS) out.push(div);
  }
  return out;
}
