import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle, readPageInfo, toIsoDate } from '@/lib/page/dom/page-info';

function docOf(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html;
  return doc;
}

describe('readPageInfo', () => {
  it('reads the seed page: JSON-LD headline, publisher and date', () => {
    const html = readFileSync(`${__dirname}/../../../shared/eval-dev/pages/seed-newsweek-china-russia.html`, 'utf8');
    const info = readPageInfo(docOf(html), 'https://www.newsweek.com/seed');
    expect(info).toEqual({
      url: 'https://www.newsweek.com/seed',
      title: 'China Shows Solidarity With Russia on Day of Ukraine Invasion',
      outlet: 'Newsweek',
      publishedAt: '2022-02-24T14:30:00.000Z',
    });
  });

  it.each([
    [
      'Open Graph and article meta tags',
      '<head><title>T | Site</title><meta property="og:site_name" content="The Site"><meta property="article:published_time" content="2021-05-01T10:00:00Z"></head>',
      { title: 'T | Site', outlet: 'The Site', publishedAt: '2021-05-01T10:00:00.000Z' },
    ],
    [
      'JSON-LD @graph with a string publisher, day-only time element',
      '<head><title>x</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"ReportageNewsArticle","headline":"H","publisher":"Outlet"}]}</script></head><body><time datetime="2020-01-02">Jan 2</time></body>',
      { title: 'H', outlet: 'Outlet', publishedAt: '2020-01-02' },
    ],
    [
      'broken JSON-LD and no metadata',
      '<head><title>Only a title</title><script type="application/ld+json">{oops</script></head>',
      { title: 'Only a title', outlet: null, publishedAt: null },
    ],
    [
      'an unparseable date',
      '<head><title>t</title><meta name="date" content="last Tuesday"></head>',
      { title: 't', outlet: null, publishedAt: null },
    ],
  ])('%s', (_name, html, expected) => {
    expect(readPageInfo(docOf(html), 'https://x.test/a')).toEqual({ url: 'https://x.test/a', ...expected });
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2022-02-19', '2022-02-19'],
    ['2022-02-24T09:30:00-05:00', '2022-02-24T14:30:00.000Z'],
    ['', null],
    [null, null],
    ['soon', null],
  ])('%s -> %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });
});

describe('looksLikeArticle', () => {
  const para = `<p>${'Words of running text in a paragraph. '.repeat(3)}</p>`;
  it.each([
    ['og:type article', '<head><meta property="og:type" content="article"></head>', true],
    ['JSON-LD NewsArticle', '<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>', true],
    ['three long paragraphs', `<body>${para.repeat(3)}</body>`, true],
    ['two long paragraphs', `<body>${para.repeat(2)}</body>`, false],
    [
      'three long lines between <br>s, no <p>',
      `<body><div>${`${'Words of running text in a line of the story. '.repeat(2)}<br><br>`.repeat(3)}</div></body>`,
      true,
    ],
    ['a short <br> menu', '<body><div>Home<br>News<br>Sport<br>Contact</div></body>', false],
    // Apps and social feeds draw their text in divs too: only markup or <p>s say "article" at first look.
    [
      'three long divs of text, no <p>, no markup',
      `<body>${`<div class="css-x"><div>${'Words of running text in a div of the feed. '.repeat(2)}</div></div>`.repeat(3)}</body>`,
      false,
    ],
    ['a search page', '<body><form><input></form><p>Results</p><a href="#">x</a></body>', false],
    ['og:type website', '<head><meta property="og:type" content="website"></head>', false],
  ])('%s -> %s', (_name, html, expected) => {
    expect(looksLikeArticle(docOf(html))).toBe(expected);
  });
});
