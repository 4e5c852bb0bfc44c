import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/dom/page-read';

const sentence =
  'The market traders met on Tuesday, counted their stalls, and said the winter had been the quietest yet. ';
const para = (n: number) => `<p>${sentence.repeat(n)}</p>`;
const marker = '<p>ERNESTO CALVO: the older customers walk here, and a tent at the bullring is too far for them.</p>';

/** The text read from a document built from `body`, without layout (as the extract CLI reads). */
function read(body: string): string {
  const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  return readPage(doc, undefined, { computedStyle: false }).input.text;
}

describe('the rest of a story behind a "read more" toggle is read', () => {
  const toggle = (expanded: string) => `<button aria-expanded="${expanded}" aria-controls="rest">Read more</button>`;
  it.each([
    ['hidden by display:none behind its toggle', toggle('false'), 'style="display:none"', para(8), true],
    ['hidden by the hidden attribute behind its toggle', toggle('false'), 'hidden', para(8), true],
    ['hidden with no toggle naming it', '', 'style="display:none"', para(8), false],
    ['hidden behind a toggle, but a small box beside the story', toggle('false'), 'hidden', '', false],
    [
      'hidden after a "Continue reading" button without ARIA',
      '<button>Continue reading</button>',
      'hidden',
      para(8),
      true,
    ],
    [
      'hidden after a "Leer más" link without ARIA',
      '<p class="more"><a href="#">Leer más</a></p>',
      'hidden',
      para(8),
      true,
    ],
    ['hidden after a "Share" button', '<button>Share</button>', 'hidden', para(8), false],
    ['hidden after a "Читать полностью" button', '<button>Читать полностью</button>', 'hidden', para(8), true],
  ])('%s', (_name, button, hiding, rest, readIt) => {
    const text = read(
      `<main><article><h1>Market to close</h1>${para(2)}${button}<div id="rest" ${hiding}>${rest}${marker}</div></article></main>`,
    );
    expect(text.includes('ERNESTO CALVO')).toBe(readIt);
  });
});

describe('sections of prose beside the densest one are read with it', () => {
  const notes = `<section class="show-notes"><h2>Show notes</h2>${marker}${para(7)}</section>`;
  it.each([
    ['show notes beside a longer transcript', notes, true],
    ['a heading-only section beside it', '<section class="links"><h2>Links</h2><p>Site</p></section>', false],
    ['a related-stories section beside it', notes.replace('show-notes', 'related-stories'), false],
  ])('%s', (_name, other, readIt) => {
    const transcript = `<section class="episode-text">${para(2).repeat(6)}</section>`;
    const text = read(`<main><h1>Episode 142</h1><div class="episode">${other}${transcript}</div></main>`);
    expect(text).toContain(sentence.trim());
    expect(text.includes('ERNESTO CALVO')).toBe(readIt);
  });
});

describe('a sponsor box inside the article is furniture', () => {
  it.each([['sponsor'], ['episode-sponsor'], ['sponsors']])('class "%s" is not read', (cls) => {
    const text = read(
      `<main><article><h1>Episode</h1>${para(3)}<div class="${cls}">${marker}</div>${para(3)}</article></main>`,
    );
    expect(text).not.toContain('ERNESTO CALVO');
  });
});

describe('a floated drop cap begins the word beside it', () => {
  // A float is laid out as a block (browsers compute display: block for it): written here as the computed style.
  it.each([
    ['a floated initial', '<span style="display:block;float:left">M</span>arguerite Osei', 'Marguerite Osei'],
    [
      'a floated two-letter initial',
      '<span style="display:block;float:left">“M</span>arguerite Osei',
      '“Marguerite Osei',
    ],
    [
      'a floated box of its own',
      '<span style="display:block;float:right">Photo: Lena Fischer</span>Marguerite Osei',
      'Photo: Lena Fischer\n\nMarguerite Osei',
    ],
  ])('%s', (_name, opening, expected) => {
    const doc = new DOMParser().parseFromString(
      `<body><main><article><h1>Quarry</h1><p>${opening} ${sentence}</p>${para(4)}</article></main></body>`,
      'text/html',
    );
    expect(readPage(doc, undefined, { computedStyle: true }).input.text).toContain(expected);
  });
});
