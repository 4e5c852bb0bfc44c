import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/dom/page-read';

const story = `<p>${'The farmers met on Tuesday, counted their bales, and said the summer had been the wettest in memory. '.repeat(3)}</p>`;
const panel = '<p>HUW JENKINS: We cut the first field in June and it has been rained on seven times since then.</p>';

/** The text read from a page whose panel "p1" is toggled by a button in the given state. */
function readWith(expanded: string | null, panelBody: string): string {
  const toggle = expanded === null ? '' : `<button aria-expanded="${expanded}" aria-controls="p1">Show</button>`;
  const doc = new DOMParser().parseFromString(
    `<body><main><div class="body">${story.repeat(2)}${toggle}<div class="panel" id="p1">${panelBody}</div>${story.repeat(2)}</div></main></body>`,
    'text/html',
  );
  return readPage(doc, undefined, { computedStyle: false }).input.text;
}

describe('a panel the page keeps collapsed is not read', () => {
  it.each([
    ['collapsed by its toggle', 'false', false],
    ['opened by its toggle', 'true', true],
    ['with no toggle at all', null, true],
  ])('%s: read %s', (_name, expanded, read) => {
    expect(readWith(expanded, panel).includes('HUW JENKINS')).toBe(read);
  });

  it('reads a collapsed "continue reading" panel that holds most of the story', () => {
    expect(readWith('false', `${story.repeat(8)}${panel}`)).toContain('HUW JENKINS');
  });
});
