/**
 * The seed article exists once: the copy OnRecord ships on its welcome page is the source, and the page the
 * tests, the demo and the benchmarks serve as seed.html is a link to it, so the two can never drift apart.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SHIPPED = join(ROOT, 'public/welcome/seed-article.html');
const SERVED = join(ROOT, 'tests/fixtures/pages/seed.html');

describe('the seed article', () => {
  it('is served to the tests from the shipped file itself', () => {
    expect(lstatSync(SERVED).isSymbolicLink()).toBe(true);
    expect(realpathSync(SERVED)).toBe(realpathSync(SHIPPED));
  });

  it('is a whole article, as the welcome page links it', () => {
    const html = readFileSync(SERVED, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Wang Yi');
  });
});
