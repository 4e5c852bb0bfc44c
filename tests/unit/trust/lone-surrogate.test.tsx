import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StatementItem } from '@/components/manager/StatementItem';
import { RenderGuard } from '@/components/RenderGuard';
import type { Person, Statement } from '@/lib/core/records';
import { linkToQuote, textDirective } from '@/lib/core/text-fragment';
import { cleanText, isWellFormed, toWellFormed } from '@/lib/core/unicode';
import { parseContentMessage } from '@/lib/core/validate';
import { recordUrn, toWebAnnotations } from '@/lib/pack/export-annotations';
import { freshRoot } from '@/tests/support/render-root';

const T = '2024-01-01T00:00:00.000Z';
const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';
/** The quote of the probe's hostile page, and its mirror with the broken character at the end. */
const QUOTES = [
  `We will never ${LONE_HIGH} accept this, said Sura Gate`,
  `${LONE_LOW}We will never accept`,
  `one two three four five six seven eight nine ten eleven ${LONE_HIGH}`,
  `first … words then ${LONE_LOW}`,
];

describe('well-formed text', () => {
  it.each([
    ['plain', 'plain', true],
    ['a pair stays', '\uD83D\uDE00', true],
    ['a lone high surrogate', `a${LONE_HIGH}b`, false],
    ['a lone low surrogate', `a${LONE_LOW}b`, false],
    ['reversed pair', `${LONE_LOW}${LONE_HIGH}`, false],
  ])('%s', (_label, text, wellFormed) => {
    expect(isWellFormed(text)).toBe(wellFormed);
    const fixed = toWellFormed(text);
    expect(isWellFormed(fixed)).toBe(true);
    expect(fixed.length).toBe(text.length);
    if (wellFormed) expect(fixed).toBe(text);
    else expect(fixed).toContain('\uFFFD');
  });

  it('drops NUL and keeps bidirectional controls', () => {
    expect(cleanText(`a\0b${LONE_HIGH}\u202Ec`)).toBe('ab\uFFFD\u202Ec');
  });
});

describe('links and exports over lone surrogates', () => {
  it.each(QUOTES)('a text fragment for %j never throws', (quote) => {
    expect(() => encodeURIComponent(quote)).toThrow(URIError);
    const directive = textDirective(quote);
    expect(directive).toContain('%EF%BF%BD');
    expect(linkToQuote('https://example.org/a', quote)).toMatch(/^https:\/\/example\.org\/a#:~:text=/);
  });

  it('the Web Annotation export carries a record whose id and words hold a lone surrogate', () => {
    const id = `s${LONE_HIGH}1`;
    expect(recordUrn('statement', id)).toBe('urn:onrecord:statement:s%EF%BF%BD1');
    const person: Person = {
      id: 'p',
      name: 'Sura Gate',
      aliases: [],
      roles: [],
      kind: 'person',
      createdAt: T,
      updatedAt: T,
    };
    const statement: Statement = {
      id,
      personId: 'p',
      text: QUOTES[0]!,
      sources: [],
      tags: [],
      createdAt: T,
      updatedAt: T,
    };
    const json = JSON.stringify(toWebAnnotations({ people: [person], statements: [statement], relations: [] }, 'L'));
    expect(json).toContain('urn:onrecord:statement:s%EF%BF%BD1');
  });
});

describe('the manager row over a lone surrogate', () => {
  let root: HTMLElement;
  beforeEach(() => freshRoot((el) => (root = el)));

  it.each(QUOTES)('draws %j with its source link', (text) => {
    const statement: Statement = {
      id: 's1',
      personId: 'p',
      text,
      sources: [{ url: 'https://example.org/story', outlet: 'Example' }],
      tags: [],
      createdAt: T,
      updatedAt: T,
    };
    render(<StatementItem view={{ statement, relations: [] }} />, root);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\/example\.org\/story#:~:text=/);
    expect(root.querySelector('blockquote')?.textContent).toBe(text);
  });

  it('a row that throws while drawing is replaced by its fallback, and its neighbours are drawn', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new URIError('URI malformed');
    }
    render(
      <ul>
        <RenderGuard fallback={<li>could not be shown</li>}>
          <Broken />
        </RenderGuard>
        <RenderGuard>
          <li>neighbour</li>
        </RenderGuard>
      </ul>,
      root,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.textContent).toBe('could not be shownneighbour');
    error.mockRestore();
  });
});

describe('the message gate', () => {
  it('makes every string of a card message well-formed', () => {
    const parsed = parseContentMessage({
      type: 'card/show',
      payload: {
        nonce: '0123456789abcdef0123',
        quote: { id: 'q1', text: QUOTES[0], kind: 'direct', speaker: `Sura${LONE_LOW}`, prefix: '\0', suffix: '' },
        page: { url: 'https://example.org/x', title: `T${LONE_HIGH}`, outlet: null, publishedAt: null },
        people: [{ name: 'Sura Gate', role: null, aliases: [`S${LONE_HIGH}`], kind: 'person' }],
      },
    });
    expect(parsed.ok).toBe(true);
    const text = JSON.stringify(parsed.ok && parsed.message.payload);
    expect(text).not.toMatch(/\\ud[89a-f]/i);
    expect(parsed.ok && (parsed.message.payload as { quote: { prefix: string } }).quote.prefix).toBe('');
  });
});
