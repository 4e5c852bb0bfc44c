import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalogue, resolveMessage } from '@/lib/core/i18n';
import { fillElement, inlineParts, localizePage } from '@/lib/core/localize-page';

const ROOT = join(__dirname, '../../..');
const english: Catalogue = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
const french: Catalogue = JSON.parse(readFileSync(join(ROOT, 'public/_locales/fr/messages.json'), 'utf8'));
const welcome = readFileSync(join(ROOT, 'entrypoints/welcome/index.html'), 'utf8');

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html;
  return doc;
}

describe('inline markup in messages', () => {
  it.each([
    ['plain words', ['plain words']],
    ['reach it with <kbd>Tab</kbd>.', ['reach it with ', { tag: 'kbd', text: 'Tab' }, '.']],
    ['<em>Save</em> or <em>Relate</em>', [{ tag: 'em', text: 'Save' }, ' or ', { tag: 'em', text: 'Relate' }]],
    ['<script>x</script>', ['<script>x</script>']],
  ])('splits %s', (message, parts) => {
    expect(inlineParts(message)).toEqual(parts);
  });

  it('keeps the element’s own link address and puts text only', () => {
    const doc = page('<p id="x">A copy of the <a href="/seed.html" target="_blank">seed article</a>.</p>');
    const p = doc.getElementById('x') as HTMLElement;
    fillElement(p, 'Une copie de l’<a>article témoin</a> <img src=x onerror=alert(1)>.');
    expect(p.querySelector('a')?.getAttribute('href')).toBe('/seed.html');
    expect(p.querySelector('a')?.textContent).toBe('article témoin');
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('the welcome page', () => {
  const keys = [...welcome.matchAll(/data-i18n(?:-[a-z-]+)?="(\w+)"/g)].map((m) => m[1] ?? '');

  it('names only keys the catalogue has', () => {
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect(english[key], key).toBeDefined();
  });

  it('shows the same English words as its catalogue, so the page reads the same before and after', () => {
    const before = page(welcome);
    const text = (d: Document) => d.body.textContent?.replace(/\s+/g, ' ').trim();
    const after = page(welcome);
    localizePage(after);
    expect(text(after)).toBe(text(before));
  });

  it('reads French from the French catalogue', () => {
    const doc = page(welcome);
    for (const el of doc.querySelectorAll('[data-i18n]'))
      fillElement(el, resolveMessage(french[el.getAttribute('data-i18n') ?? '']));
    expect(doc.querySelector('h1')?.textContent).toBe('Bienvenue dans OnRecord');
    expect(doc.querySelector('[data-i18n="welcomeLegendQuote"] kbd')?.textContent).toBe('Tab');
    expect(doc.querySelector('[data-i18n="welcomeSeedNote"] a')?.getAttribute('href')).toBe(
      '/welcome/seed-article.html',
    );
  });
});
