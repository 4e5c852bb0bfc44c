/**
 * Reading a little of an element's text without building all of it: link-box tests ask this of every
 * paragraph and container the text map walks, and most are decided by their first characters or first
 * couple of thousand.
 */

/** The next node after `node` in document order within `root`, or null past its last descendant. */
function nextInside(root: Element, node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let at: Node = node;
  while (at !== root && !at.nextSibling) at = at.parentNode as Node;
  return at === root ? null : at.nextSibling;
}

/** Whether the text under `el` is longer than `max` characters, reading no further than that. */
export function textLonger(el: Element, max: number): boolean {
  let length = 0;
  for (let node: Node | null = el.firstChild; node; node = nextInside(el, node)) {
    if (node.nodeType !== 3) continue;
    length += (node as Text).data.length;
    if (length > max) return true;
  }
  return false;
}

/** True for a UTF-16 code unit that `/\s/` matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The first character of `el`'s text past white space, one optional "[" and white space after it ('' when
 * there is none): what a teaser label would open with, read from the text nodes in order.
 */
export function openingCharacter(el: Element): string {
  let bracket = false;
  for (let node: Node | null = el.firstChild; node; node = nextInside(el, node)) {
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) continue;
      if (c === 91 && !bracket) {
        bracket = true;
        continue;
      }
      return data[i] as string;
    }
  }
  return '';
}
