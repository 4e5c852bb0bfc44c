import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/page/dom/analyze';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'detect');

/** Parses a fixture page with the test environment's DOM. */
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}

describe('analyzePage on a page with furniture and hidden text', () => {
  const page = analyzePage(load('council-vote.html'));

  it('keeps the headline and the body', () => {
    expect(page.text).toContain("Mayor: harbour plan is 'a fresh start'");
    expect(page.text).toContain('The vote was 7 to 2.');
  });

  it.each([
    ['navigation', '"News" section'],
    ['related links', 'no more delays'],
    ['comments', 'Great news!'],
    ['page footer', 'delayed 15 minutes'],
    ['hidden attribute', 'This hidden quote'],
    ['display: none', 'Neither must this one'],
    ['aria-hidden', 'Nor this decorative one'],
    ['template', 'Nor a template'],
  ])('leaves out %s', (_what, words) => {
    expect(page.text).not.toContain(words);
    expect(page.detection.quotes.some((q) => q.text.includes(words))).toBe(false);
  });

  it.each([
    ['a fresh start for the waterfront.', 'partial', 'Ann Cole'],
    ['We have waited twenty years for this,', 'direct', 'Ann Cole'],
    ['Today we begin the work.', 'direct', 'Ann Cole'],
    ['built on sand', 'partial', 'Raj Mehta'],
    ['years of delays.', 'partial', 'Raj Mehta'],
    ['The harbour belongs to everyone who lives here, not to the developers who want it.', 'block', 'Ann Cole'],
  ])('finds "%s" as %s by %s', (text, kind, speaker) => {
    const q = page.detection.quotes.find((x) => x.text === text);
    expect(q).toMatchObject({ kind, speaker });
  });

  it('maps a quote that runs across emphasis and a link back to its DOM pieces', () => {
    for (const words of ['We have waited twenty years for this,', 'Today we begin the work.']) {
      const q = page.detection.quotes.find((x) => x.text === words)!;
      const pieces = page.piecesFor(q);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe(words);
    }
  });

  it('lists the people with their roles and merged mentions', () => {
    const cole = page.detection.people.find((p) => p.name === 'Ann Cole');
    expect(cole).toMatchObject({ role: 'Mayor', kind: 'person' });
    expect(cole!.mentions.map((m) => page.text.slice(m.start, m.end))).toContain('Cole');
  });

  it('gives quote ids that stay the same for the same page', () => {
    const again = analyzePage(load('council-vote.html'));
    expect(again.detection.quotes.map((q) => q.id)).toEqual(page.detection.quotes.map((q) => q.id));
  });
});

describe('analyzePage without semantic markup', () => {
  const page = analyzePage(load('continuation.html'));

  it('finds the story by paragraph density and skips the newsletter box', () => {
    expect(page.root.className).toContain('story');
    expect(page.text).not.toContain('Morning Brief');
  });

  it('reads a quote that runs over two paragraphs as one per paragraph, with one speaker', () => {
    const first = page.detection.quotes.find((q) => q.text.startsWith('We have made hard choices'));
    const second = page.detection.quotes.find((q) => q.text.startsWith('The numbers speak for themselves'));
    expect(first?.text).toBe('We have made hard choices, and I stand by every one of them.');
    expect([first?.speaker, second?.speaker]).toEqual(['Lena Park', 'Lena Park']);
    expect(page.detection.quotes.find((q) => q.text.startsWith('We will keep going'))?.speaker).toBe('Lena Park');
  });

  it.each([
    ['a disaster', 'Tom Reyes'],
    ['unfair', 'Tom Reyes'],
  ])('reads guillemets and low-high marks: "%s" by %s', (text, speaker) => {
    expect(page.detection.quotes.find((q) => q.text === text)).toMatchObject({ kind: 'partial', speaker });
  });
});

describe('analyzePage on a wire story with embeds and a pull quote', () => {
  const page = analyzePage(load('wire-story.html'));

  it('keeps the headline, caption and body but not menus, related links, share bar, comments or sidebar', () => {
    expect(page.text).toContain("union accepts 'fair deal'");
    expect(page.text).toContain('Union leader Sam Ortiz speaks');
    for (const words of ['we will not back down', 'Share "Port strike', 'Finally!', 'We need more buses', 'delayed'])
      expect(page.text).not.toContain(words);
  });

  it.each([
    ['fair deal', 'partial', 'Sam Ortiz'],
    ['Nobody wins a strike,', 'direct', 'Sam Ortiz'],
    ['But today our members won respect.', 'direct', 'Sam Ortiz'],
    ["We are grateful for everyone's patience,", 'direct', 'Port Authority'],
    ['Nobody wins a strike.', 'block', 'Sam Ortiz'],
    ['Absolutely not. This was their agreement to make.', 'direct', 'Helen Burke'],
    ['Proud of our members tonight. Solidarity wins.', 'block', 'Dockworkers Union'],
    ['tens of millions a day,', 'partial', 'Chamber of Commerce'],
    ['We gave up too much.', 'direct', 'Rita Gomez'],
    ["They didn't even put the pensions on the table,", 'direct', 'Rita Gomez'],
  ])('"%s" is %s by %s', (text, kind, speaker) => {
    expect(page.detection.quotes.find((q) => q.text === text)).toMatchObject({ kind, speaker });
  });

  it('reads roles from apposition after the name', () => {
    expect(page.detection.people.find((p) => p.name === 'Rita Gomez')?.role).toBe('crane operator for 22 years');
  });
});

describe('findArticleRoot', () => {
  it('prefers the dense story text over a teaser card marked up as <article>', () => {
    const paragraph =
      '<p>The council met again on Tuesday to discuss the harbour, and members argued for hours, as expected.</p>';
    const doc = new DOMParser().parseFromString(
      `<body><section class="teasers"><article><h2>Other story</h2><p>${'A teaser summary that runs on for a while, '.repeat(6)}</p></article></section>` +
        `<div class="story">${paragraph.repeat(8)}</div></body>`,
      'text/html',
    );
    expect(analyzePage(doc).root.className).toBe('story');
  });
});

describe('findArticleRoot from structured data', () => {
  it('takes the element spanning the JSON-LD articleBody, even without semantic markup', () => {
    const first = 'The harbour plan passed on Tuesday after a long night of debate among the members.';
    const last = 'The mayor said work would start in the spring, weather permitting, and end by autumn.';
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', articleBody: `${first} ${'Middle text. '.repeat(20)} ${last}` }],
    });
    const doc = new DOMParser().parseFromString(
      `<head><script type="application/ld+json">${ld}</script></head><body>` +
        `<div class="c1"><div class="x"><p>${first}</p><p>${'Middle text. '.repeat(20)}</p><p>${last}</p></div></div>` +
        `<div class="y">${'<p>Unrelated, long, dense text about other things, with commas, and more commas, to tempt density.</p>'.repeat(12)}</div></body>`,
      'text/html',
    );
    expect(analyzePage(doc).root.className).toBe('x');
  });
});

describe('analyzePage headline', () => {
  it('puts a headline that sits far outside the body first in the text, so its quotes count', () => {
    const body =
      '<p>Mayor Ann Cole said the plan was "a fresh start for everyone" in the city, and residents agreed with her.</p>';
    const doc = new DOMParser().parseFromString(
      `<body><div class="top"><div class="hero"><h1>Mayor: plan is 'a fresh start'</h1></div>${'<p>Other intro text that is long enough to count for something here.</p>'.repeat(3)}</div>` +
        `<div class="story">${body.repeat(6)}</div></body>`,
      'text/html',
    );
    const page = analyzePage(doc);
    expect(page.root.className).toBe('story');
    expect(page.text.startsWith("Mayor: plan is 'a fresh start'\n\n")).toBe(true);
    expect(page.detection.quotes[0]).toMatchObject({ text: 'a fresh start', speaker: 'Ann Cole' });
  });
});
