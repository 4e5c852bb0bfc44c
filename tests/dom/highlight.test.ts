import { beforeEach, describe, expect, it } from 'vitest';
import type { Detection, Person, Quote, Span } from '@/lib/detect/types';
import { findMarks, highlightPage, quotePieces, removeHighlights, type TextPiece } from '@/lib/page/dom/highlight';

/** A plain text map for tests: the concatenated data of every text node under root, no collapsing. */
function analyse(root: Element, detection: (text: string) => Detection) {
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const piecesFor = ({ start, end }: Span): TextPiece[] =>
    nodes.flatMap((node, i) => {
      const from = Math.max(start, starts[i]!);
      const to = Math.min(end, starts[i]! + node.data.length);
      return from < to ? [{ node, start: from - starts[i]!, end: to - starts[i]! }] : [];
    });
  return { text, detection: detection(text), piecesFor };
}

function quote(text: string, words: string, id: string, speaker: string | null, kind: Quote['kind'] = 'direct'): Quote {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { id, text: words, kind, speaker, speakerMention: null, start, end: start + words.length };
}

function person(text: string, name: string, forms: string[], kind: Person['kind'] = 'person'): Person {
  const mentions = forms.map((f) => {
    const start = text.indexOf(f);
    return { start, end: start + f.length };
  });
  return { name, role: null, aliases: forms, mentions, kind };
}

const HTML = `<p>"China <em>always</em> respects the <a href="#">sovereignty</a> of all countries," said Wang Yi.</p>
<p>  </p>
<p>Lavrov said Russia was "forced" to act, and Hua called it "not an <b>invasion</b>".</p>`;

describe('highlightPage', () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = `<article>${HTML}</article>`;
    root = document.querySelector('article')!;
  });

  const detect = (t: string): Detection => ({
    quotes: [
      quote(t, 'China always respects the sovereignty of all countries,', 'q1', 'Wang Yi'),
      quote(t, 'forced', 'q2', 'Sergey Lavrov', 'term'),
      quote(t, 'not an invasion', 'q3', null, 'partial'),
    ],
    people: [
      person(t, 'Wang Yi', ['Wang Yi']),
      person(t, 'Sergey Lavrov', ['Lavrov']),
      person(t, 'Hua Chunying', ['Hua']),
      person(t, 'China', ['China'], 'organisation'),
    ],
  });

  it('marks a quote that crosses emphasis and a link in several pieces with one id', () => {
    highlightPage(document, analyse(root, detect));
    const pieces = quotePieces(root, 'q1');
    expect(pieces.map((p) => p.textContent)).toEqual([
      'China ',
      'always',
      ' respects the ',
      'sovereignty',
      ' of all countries,',
    ]);
    expect(pieces.every((p) => p.dataset.onrecordSpeaker === 'Wang Yi')).toBe(true);
    expect(pieces[1]!.parentElement!.tagName).toBe('EM');
    expect(pieces[3]!.parentElement!.tagName).toBe('A');
    // one tab stop per quote
    expect(pieces.map((p) => p.getAttribute('tabindex'))).toEqual(['0', null, null, null, null]);
    expect(pieces.every((p) => p.getAttribute('role') === 'button')).toBe(true);
  });

  it('leaves scare quotes unmarked and writes an empty speaker when unknown', () => {
    highlightPage(document, analyse(root, detect));
    expect(quotePieces(root, 'q2')).toHaveLength(0);
    const q3 = quotePieces(root, 'q3');
    expect(q3.map((p) => p.textContent).join('')).toBe('not an invasion');
    expect(q3[0]!.getAttribute('data-onrecord-speaker')).toBe('');
  });

  it('marks every mention of a person, nesting a name inside a quote', () => {
    highlightPage(document, analyse(root, detect));
    const people = findMarks(root).filter((m) => m.dataset.onrecord === 'person');
    expect(people.map((m) => [m.dataset.onrecordName, m.textContent])).toEqual([
      ['China', 'China'],
      ['Wang Yi', 'Wang Yi'],
      ['Sergey Lavrov', 'Lavrov'],
      ['Hua Chunying', 'Hua'],
    ]);
    const china = people[0]!;
    expect(china.parentElement!.dataset.onrecordId).toBe('q1');
    expect(china.dataset.onrecordKind).toBe('organisation');
    expect(people[1]!.hasAttribute('data-onrecord-kind')).toBe(false);
  });

  it('skips pieces that are only whitespace', () => {
    const spaced = (t: string): Detection => {
      const start = t.indexOf('Wang Yi.');
      return {
        quotes: [
          { id: 'q9', text: '', kind: 'direct', speaker: null, speakerMention: null, start, end: t.indexOf('Lavrov') },
        ],
        people: [],
      };
    };
    highlightPage(document, analyse(root, spaced));
    const pieces = quotePieces(root, 'q9');
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.every((p) => (p.textContent ?? '').trim().length > 0)).toBe(true);
  });

  it('skips a mention that straddles the edge of a quote instead of breaking it', () => {
    const straddle = (t: string): Detection => ({
      quotes: [quote(t, 'of all countries," said Wang', 'q1', null)],
      people: [person(t, 'Wang Yi', ['Wang Yi'])],
    });
    highlightPage(document, analyse(root, straddle));
    expect(
      quotePieces(root, 'q1')
        .map((p) => p.textContent)
        .join(''),
    ).toBe('of all countries," said Wang');
    expect(findMarks(root).some((m) => m.dataset.onrecord === 'person')).toBe(false);
  });

  it('removeHighlights restores the original markup and text nodes', () => {
    const before = root.innerHTML;
    const textNodes = () => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n++;
      return n;
    };
    const count = textNodes();
    const marks = highlightPage(document, analyse(root, detect));
    expect(marks.length).toBeGreaterThan(8);
    expect(root.innerHTML).not.toBe(before);
    removeHighlights(root);
    expect(root.innerHTML).toBe(before);
    expect(textNodes()).toBe(count);
    expect(findMarks(root)).toHaveLength(0);
  });
});
