/**
 * The growing text of a text map: collapses white space as a browser renders it, inserts block breaks and keeps
 * every character's way back to its DOM text node.
 */

/** A run of characters copied 1:1 from a text node: text[start, start+length) = node.data[offset, offset+length). */
export interface Segment {
  node: Text;
  start: number;
  offset: number;
  length: number;
}

/** The characters HTML collapses as white space (space, tab, line feed, carriage return, form feed), by code. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

// A lower-case letter then a capital across an element boundary: two words the page set apart.
const GLUED = /^\p{Ll}\p{Lu}$/u;
// White space that does not stay as it is: anything but a single space between words.
const IRREGULAR_SPACE = /[\t\n\r\f]| {2}/g;

/** Accumulates text and segments while the DOM walk feeds it text nodes and block boundaries. */
export class TextMapWriter {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  length = 0;
  pendingBreak: '' | '\n' | '\n\n' = '';
  /** At the start nothing needs a separating space. */
  lastSpace = true;
  /** An element started or ended since the last character. */
  boundary = false;

  /** The text written so far. */
  text(): string {
    return this.parts.join('');
  }

  /** Where a block starting now would begin, counting the break still pending. */
  nextStart(): number {
    return this.length + (this.length > 0 ? this.pendingBreak.length : 0);
  }

  /**
   * Records the segment of `length` characters copied from node.data at `offset`, after any pending break; the
   * caller adds the characters themselves, having pushed what came before the break.
   */
  private record(node: Text, offset: number, length: number): void {
    if (this.pendingBreak && this.length > 0) {
      this.parts.push(this.pendingBreak);
      this.length += this.pendingBreak.length;
    }
    this.pendingBreak = '';
    const last = this.segments.at(-1);
    if (last && last.node === node && last.start + last.length === this.length && last.offset + last.length === offset)
      last.length += length;
    else this.segments.push({ node, start: this.length, offset, length });
    this.length += length;
  }

  private lastChar(): string {
    return this.parts.at(-1)?.slice(-1) ?? '';
  }

  /**
   * Adds a text node's words, runs of white space collapsed to one space. Words and single spaces that follow
   * each other in node.data are written as one slice of it: one string per run instead of one per word and space.
   */
  addText(node: Text): void {
    const data = node.data;
    // Most nodes hold words parted by single spaces between some white space at either end: their words are one
    // chunk, found by the engine's pattern instead of a loop over every character.
    let first = 0;
    while (first < data.length && isSpace(data.charCodeAt(first))) first++;
    let last = data.length;
    while (last > first && isSpace(data.charCodeAt(last - 1))) last--;
    IRREGULAR_SPACE.lastIndex = first;
    const uneven = IRREGULAR_SPACE.exec(data);
    const plain = first < last && (!uneven || uneven.index >= last);
    // data[from, to) is written but not yet pushed to parts; from < 0 when nothing is pending.
    let from = -1;
    let to = -1;
    let i = 0;
    while (i < data.length) {
      let j = i + 1;
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        while (j < data.length && isSpace(data.charCodeAt(j))) j++;
        if (!this.lastSpace && !this.pendingBreak) {
          // a space written as itself extends the run; a tab or line break is written as a space of its own
          if (code !== 32 || to !== i) {
            if (from >= 0) this.parts.push(data.slice(from, to));
            from = -1;
          }
          this.record(node, i, 1);
          if (code === 32) {
            if (from < 0) from = i;
            to = i + 1;
          } else this.parts.push(' ');
          this.lastSpace = true;
        }
      } else {
        if (plain && i === first) j = last;
        else while (j < data.length && !isSpace(data.charCodeAt(j))) j++;
        // "Cortez" in one element and "Alexandria" in the next are two words, not "CortezAlexandria".
        if (this.boundary && !this.lastSpace && !this.pendingBreak && GLUED.test(`${this.lastChar()}${data[i]}`))
          this.pendingBreak = '\n';
        this.boundary = false;
        if (from >= 0 && (to !== i || this.pendingBreak)) {
          this.parts.push(data.slice(from, to));
          from = -1;
        }
        this.record(node, i, j - i);
        if (from < 0) from = i;
        to = j;
        this.lastSpace = false;
      }
      i = j;
    }
    if (from >= 0) this.parts.push(data.slice(from, to));
  }

  /** Ends the current line (`\n`, a <br>) or block (`\n\n`). */
  breakBlock(kind: '\n' | '\n\n'): void {
    // a trailing space before a block break is not part of the text the reader sees as a line
    const lastPart = this.parts.at(-1);
    if (this.lastSpace && this.length > 0 && lastPart?.endsWith(' ')) {
      this.parts[this.parts.length - 1] = lastPart.slice(0, -1);
      this.length -= 1;
      // a part that ends in a space was written by addText, which always records its segment
      const seg = this.segments.at(-1);
      if (seg) {
        seg.length -= 1;
        if (seg.length === 0) this.segments.pop();
      }
    }
    // Two line breaks in a row (<br><br>) separate paragraphs on pages that use no <p>.
    if (this.length > 0 && this.pendingBreak !== '\n\n')
      this.pendingBreak = kind === '\n' && this.pendingBreak === '\n' ? '\n\n' : kind;
    this.lastSpace = true;
  }
}
