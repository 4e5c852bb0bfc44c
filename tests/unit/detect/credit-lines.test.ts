import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';
import { bylines } from '@/lib/detect/people/bylines';

const STORY = [
  'Adrian Vance, the chief executive, spoke to analysts on Tuesday.',
  '“We are doing it once, and we are doing it properly.”',
  '— MarketWire’s Priya Raman contributed to this report.',
].join('\n');

describe('a line crediting a contributor names who made the page, never a speaker', () => {
  it.each([
    ['— MarketWire’s Priya Raman contributed to this report.', 'Priya Raman'],
    ['Associated Press writer Maya Okafor in Philadelphia contributed to this story.', 'Maya Okafor'],
    ['Tom Hale contributed reporting to this article from London.', 'Tom Hale'],
  ])('%s', (line, name) => {
    const text = `The vote was close.\n${line}\nMore stories`;
    const [span] = bylines(text);
    expect(span && text.slice(span.start, span.end)).toContain(name);
  });

  it('leaves a sentence about contributions alone', () => {
    expect(bylines('Donors said they contributed to the campaign this year.')).toEqual([]);
  });

  it('gives the quote before the credit to nobody rather than to the contributor', () => {
    const q = detect(STORY, { lang: 'en' }).quotes.find((x) => x.text.startsWith('We are'));
    expect(q?.speaker).not.toBe('Priya Raman');
  });
});

describe('the plural of a title heading a list of names is no part of the first name', () => {
  it.each([
    ['Trustees Raymond Gutierrez, Loretta Vance and Phil Harmon voted no.', 'Raymond Gutierrez'],
    ['Senators Ann Cole and Tom Reyes wrote to the agency.', 'Ann Cole'],
  ])('%s', (text, name) => {
    const names = detect(text, { lang: 'en' }).people.map((p) => p.name);
    expect(names).toContain(name);
  });
});
