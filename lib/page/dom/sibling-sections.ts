/**
 * Pages split into sections of their own (an episode's show notes and its transcript, a long read's chapters)
 * hand the densest-text search one section: the story is every section of prose around it together.
 */

/** Paragraph text a section needs to count as part of the story rather than a label or a widget. */
const MIN_SECTION_TEXT = 200;

/**
 * The parent of `root` when `root` is a <section> beside other sections of running text (`measure` gives an
 * element's visible paragraph text, `excluded` whether it is hidden or furniture); else `root` itself.
 */
export function withSiblingSections(
  root: Element,
  measure: (el: Element) => number,
  excluded: (el: Element) => boolean,
): Element {
  const parent = root.parentElement;
  if (root.tagName !== 'SECTION' || !parent || parent === root.ownerDocument.body) return root;
  if (parent.tagName === 'BODY' || parent.tagName === 'HTML') return root;
  const prose = Array.from(parent.children).filter(
    (s) => s !== root && s.tagName === 'SECTION' && !excluded(s) && measure(s) >= MIN_SECTION_TEXT,
  );
  return prose.length ? parent : root;
}
