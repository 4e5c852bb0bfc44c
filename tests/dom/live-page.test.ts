import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectHere } from '@/lib/page/dom/analyze';
import { type LivePage, startLivePage } from '@/lib/page/live-page';

const ARTICLE = `<article><h1>Ministers meet</h1>
<p>European foreign ministers met in Brussels on Monday for a second day of talks on sanctions, with several delegations saying privately that no agreement was in sight.</p>
<p>"We are not going to be rushed into a bad deal," said Irish Foreign Minister Simon Coveney. "The measures have to be ones we can hold for years."</p>
<p>German Foreign Minister Annalena Baerbock said the union had to stay united, and that talks would go on through the week if they had to.</p>
<pre>"Not a quote to mark," said Simon Coveney in a code sample of the page.</pre>
</article>`;

const quoteTexts = () => {
  const byId = new Map<string, string>();
  for (const m of document.querySelectorAll('onrecord-mark[data-onrecord="quote"]')) {
    const id = m.getAttribute('data-onrecord-id')!;
    byId.set(id, (byId.get(id) ?? '') + m.textContent);
  }
  return [...byId.values()];
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a live page', () => {
  let live: LivePage | null = null;
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
  });
  afterEach(() => {
    live?.stop();
    live = null;
  });

  it('highlights the article at once, but nothing in code', () => {
    live = startLivePage(document, { css: '', detector: detectHere });
    expect(quoteTexts().some((t) => t.includes('We are not going to be rushed'))).toBe(true);
    expect(document.querySelector('pre onrecord-mark')).toBeNull();
    expect(live.session().quotes.every((q) => !q.text.includes('Not a quote to mark'))).toBe(true);
  });

  it('highlights content added later, once, and lists it for the popup', async () => {
    live = startLivePage(document, { css: '', detector: detectHere });
    const before = live.session().quotes.length;
    const p = document.createElement('p');
    p.textContent = '"Our strength is that we act together, and we will keep it that way," Baerbock told reporters.';
    document.querySelector('article')!.append(p);
    await wait(400);
    expect(p.querySelector('onrecord-mark[data-onrecord="quote"]')).not.toBeNull();
    expect(live.session().quotes.length).toBe(before + 1);
    const texts = quoteTexts();
    expect(new Set(texts).size).toBe(texts.length);
    expect(
      document.querySelector('onrecord-mark[data-onrecord="quote"] onrecord-mark[data-onrecord="quote"]'),
    ).toBeNull();
  });

  it('forgets quotes whose content the page removed', async () => {
    live = startLivePage(document, { css: '', detector: detectHere });
    expect(live.session().quotes.length).toBeGreaterThan(0);
    document.querySelector('article')!.remove();
    await wait(400);
    expect(live.session().quotes).toEqual([]);
  });

  it('stop() puts the page back as it was and stops watching', async () => {
    const original = document.body.innerHTML;
    live = startLivePage(document, { css: '', detector: detectHere });
    expect(document.body.innerHTML).not.toBe(original);
    live.stop();
    expect(document.body.innerHTML).toBe(original);
    document
      .querySelector('article')!
      .insertAdjacentHTML('beforeend', '<p>"We will act," said Simon Coveney today in Dublin to the press.</p>');
    await wait(400);
    expect(document.querySelector('onrecord-mark')).toBeNull();
    expect(live.session().quotes).toEqual([]);
  });

  it('reads an article in an open shadow root, styles only that root, and takes the style away on stop', async () => {
    document.body.innerHTML = '<x-story></x-story><x-button></x-button>';
    const story = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
    story.innerHTML = ARTICLE;
    const button = document.querySelector('x-button')!.attachShadow({ mode: 'open' });
    button.innerHTML = '<button>Share</button>';
    live = startLivePage(document, { css: 'onrecord-mark{}', detector: detectHere });
    // The page is read in 10 ms slices; on a busy machine the shadow root may come in the next one.
    await vi.waitFor(() => expect(story.querySelector('onrecord-mark[data-onrecord="quote"]')).not.toBeNull());
    expect(story.querySelectorAll('style[data-onrecord-style]')).toHaveLength(1);
    expect(button.querySelector('style')).toBeNull();
    live.stop();
    live = null;
    expect(story.querySelector('onrecord-mark, style')).toBeNull();
  });

  it('follows a framework rewriting highlighted text in place: the page text wins, the new quote is marked', async () => {
    document.body.innerHTML = `<article><h1>Talks</h1><p id="q">"We are not going to be rushed into a bad deal," said Irish Foreign Minister Simon Coveney on Monday.</p><p>${'Ministers met in Brussels for talks on sanctions, with no agreement in sight. '.repeat(3)}</p></article>`;
    const q = document.getElementById('q')!;
    const own = q.firstChild as Text;
    live = startLivePage(document, { css: '', detector: detectHere });
    expect(q.querySelector('onrecord-mark[data-onrecord="quote"]')).not.toBeNull();
    const rewritten =
      '"Our strength is that we act together, always and everywhere," said German Foreign Minister Annalena Baerbock.';
    own.data = rewritten;
    await wait(400);
    expect(q.textContent).toBe(rewritten);
    expect(q.querySelector('onrecord-mark[data-onrecord="quote"]')?.textContent).toContain('Our strength');
  });
});
