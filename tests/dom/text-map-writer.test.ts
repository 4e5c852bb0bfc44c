import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextMapWriter } from '@/lib/page/dom/text-map-writer';

// Characters that stress the white-space rules: HTML's collapsible spaces, a no-break space (a word character
// there), letters of both cases for the glued-words rule, and a full stop.
const char = fc.constantFrom('a', 'B', 'é', 'Ž', '.', ' ', ' ', '\n', '\t', '\r', '\f', '\u00a0');
const step = fc.oneof(
  fc.array(char, { maxLength: 14 }).map((cs) => ({ kind: 'text' as const, data: cs.join('') })),
  fc.constantFrom({ kind: 'line' as const }, { kind: 'block' as const }, { kind: 'boundary' as const }),
);

const HTML_SPACE = /[ \n\t\r\f]/;

/** Feeds the steps to a fresh writer, each text step as a node of its own. */
function write(steps: { kind: string; data?: string }[]): TextMapWriter {
  const out = new TextMapWriter();
  for (const s of steps) {
    if (s.kind === 'text') out.addText({ data: s.data ?? '' } as Text);
    else if (s.kind === 'line') out.breakBlock('\n');
    else if (s.kind === 'block') out.breakBlock('\n\n');
    else out.boundary = true;
  }
  return out;
}

describe('TextMapWriter', () => {
  it('maps every written character back to the character of its node, white space as one space', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const out = write(steps);
        const text = out.text();
        expect(out.length).toBe(text.length);
        for (const seg of out.segments)
          for (let i = 0; i < seg.length; i++) {
            const from = seg.node.data[seg.offset + i] ?? '';
            expect(text[seg.start + i]).toBe(HTML_SPACE.test(from) ? ' ' : from);
          }
      }),
    );
  });

  it('writes no run of spaces, no space at a line edge, and keeps segments in order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const out = write(steps);
        const text = out.text();
        expect(text).not.toMatch(/ {2}| \n|\n |^[ \n]/);
        const covered = out.segments.reduce((n, s) => n + s.length, 0);
        // Every character but the breaks between blocks and lines comes from a segment.
        expect(covered).toBe(text.replace(/\n/g, '').length);
        out.segments.forEach((s, i) => {
          const prev = out.segments[i - 1];
          if (prev) expect(s.start).toBeGreaterThanOrEqual(prev.start + prev.length);
        });
      }),
    );
  });

  it.each([
    ['single spaces', ['one two three'], 'one two three', 1],
    ['white space at both ends', ['\n  one two \n'], 'one two', 1],
    ['inner line breaks and tabs', ['one\n\ttwo  three'], 'one two three', 3],
    ['two nodes', ['one ', 'two'], 'one two', 2],
  ])('writes %s as the reader sees them', (_name, nodes, text, segments) => {
    // The block ends after the nodes, which drops a space left at its end.
    const out = write([...nodes.map((data) => ({ kind: 'text', data })), { kind: 'block' }]);
    expect(out.text()).toBe(text);
    expect(out.segments).toHaveLength(segments);
  });
});
