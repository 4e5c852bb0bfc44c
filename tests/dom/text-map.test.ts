import { describe, expect, it } from 'vitest';
import { buildTextMap, segmentsFor, textOffsetOf } from '@/lib/page/dom/text-map';

/** A root element holding `html`. */
function root(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('buildTextMap', () => {
  it.each([
    ['collapses whitespace as rendered', '<p>  one \n\t two   three </p>', 'one two three'],
    ['separates blocks by a blank line', '<p>one</p><p>two</p><div>three</div>', 'one\n\ntwo\n\nthree'],
    ['keeps inline elements in the flow', '<p>one <em>two</em> <a href="#">three</a>.</p>', 'one two three.'],
    ['turns <br> into a line break', '<p>one<br>two</p>', 'one\ntwo'],
    [
      'never glues names from adjacent elements',
      '<p><a href="#">Ocasio-Cortez</a><a href="#">Alexandria</a> <span>Credit</span><span>Jeon Heon</span></p>',
      'Ocasio-Cortez\nAlexandria Credit\nJeon Heon',
    ],
    [
      'keeps a word split over elements whole',
      '<p><b>T</b>he <em>in</em>credible <a href="#">Biden</a>s</p>',
      'The incredible Bidens',
    ],
    ['turns <br><br> into a paragraph break', '<div>one<br><br>two<br>\n<br>three</div>', 'one\n\ntwo\n\nthree'],
    [
      'skips hidden and never-rendered content',
      '<p>a<span hidden>x</span><script>y</script><style>z</style>b</p>',
      'ab',
    ],
    [
      'skips aria-hidden and inline display:none',
      '<p>a <span aria-hidden="true">x</span><span style="display:none">y</span>b</p>',
      'a b',
    ],
    ['shows only the summary of a closed details', '<details><summary>More</summary><p>secret</p></details>', 'More'],
    ['skips furniture inside the root', '<p>body</p><nav>menu</nav><div class="share-tools">share</div>', 'body'],
    [
      'keeps a "read more" container that holds paragraphs',
      '<p>one</p><div id="read-more"><p>two</p></div>',
      'one\n\ntwo',
    ],
    [
      'skips a labelled teaser paragraph',
      '<p>body</p><p><a href="#">Related: Mayor says "no more delays"</a></p><p>[<a href="#">Read: "A quote" in a link</a>]</p>',
      'body',
    ],
    [
      'keeps a paragraph that is only a link without a label',
      '<p><a href="#">A linked sentence.</a></p>',
      'A linked sentence.',
    ],
    [
      'skips a short box of links',
      '<p>body</p><div><a href="#">Related story one</a> <a href="#">two</a></div>',
      'body',
    ],
  ])('%s', (_name, html, expected) => {
    expect(buildTextMap(root(html)).text).toBe(expected);
  });

  it('maps every segment back to the same characters in its node', () => {
    const map = buildTextMap(root('<p>Hello,  <b>big</b>\n world.</p><p>Next <i>one</i></p>'));
    for (const s of map.segments) {
      const fromNode = s.node.data.slice(s.offset, s.offset + s.length).replace(/\s/g, ' ');
      expect(fromNode).toBe(map.text.slice(s.start, s.start + s.length));
    }
  });

  it('returns the DOM pieces of a span across elements, and offsets back', () => {
    const map = buildTextMap(root('<p>He said "we <em>will</em> win" today.</p>'));
    const start = map.text.indexOf('we');
    const end = map.text.indexOf('" today');
    const pieces = segmentsFor(map, start, end);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['we ', 'will', ' win']);
    expect(textOffsetOf(map, pieces[1]!.node, pieces[1]!.start)).toBe(map.text.indexOf('will'));
  });

  it('records block quotation spans', () => {
    const map = buildTextMap(root('<p>Intro:</p><blockquote><p>Quoted words.</p></blockquote><p>After.</p>'));
    expect(map.blockQuotes).toHaveLength(1);
    const b = map.blockQuotes[0]!;
    expect(map.text.slice(b.start, b.end)).toBe('Quoted words.');
  });
});
