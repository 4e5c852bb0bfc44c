import { describe, expect, it } from 'vitest';
import { linkToQuote, textDirective } from '@/lib/core/text-fragment';

describe('textDirective', () => {
  it.each([
    ['Ukraine is no exception.', 'text=Ukraine%20is%20no%20exception.'],
    ['“We will not back down,” she said', 'text=We%20will%20not%20back%20down%2C%E2%80%9D%20she%20said'],
    ['A well-known fact & more', 'text=A%20well%2Dknown%20fact%20%26%20more'],
    [
      'China always respects the sovereignty and territorial integrity of all countries',
      'text=China%20always%20respects%20the%20sovereignty,territorial%20integrity%20of%20all%20countries',
    ],
    [
      'China always respects the sovereignty ... and understand Russia’s legitimate concerns',
      'text=China%20always%20respects%20the%20sovereignty,and%20understand%20Russia%E2%80%99s%20legitimate%20concerns',
    ],
    ['short … end', 'text=short,end'],
    ['   ', null],
    ['…', null],
  ])('%s', (quote, expected) => {
    expect(textDirective(quote)).toBe(expected);
  });

  it('never leaves a bare comma, dash or ampersand inside a term', () => {
    const directive = textDirective('one, two - three & four, five, six, seven, eight, nine, ten, eleven')!;
    const terms = directive.slice('text='.length).split(',');
    expect(terms).toHaveLength(2);
    for (const term of terms) expect(term).not.toMatch(/[-&]/);
  });
});

describe('linkToQuote', () => {
  it('adds the fragment to a web link', () => {
    expect(linkToQuote('https://example.org/a?b=1', 'Ukraine is no exception.')).toBe(
      'https://example.org/a?b=1#:~:text=Ukraine%20is%20no%20exception.',
    );
  });

  it('keeps an existing fragment and replaces an older directive', () => {
    expect(linkToQuote('https://example.org/a#top', 'no exception')).toBe(
      'https://example.org/a#top:~:text=no%20exception',
    );
    expect(linkToQuote('https://example.org/a#:~:text=old', 'no exception')).toBe(
      'https://example.org/a#:~:text=no%20exception',
    );
  });

  it.each(['javascript:alert(1)', 'not a url', 'file:///etc/passwd', 'data:text/html,hi'])('leaves %s alone', (url) => {
    expect(linkToQuote(url, 'words')).toBe(url);
  });
});
