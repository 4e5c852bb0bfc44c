import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { RejectedList, rejectionsFile, SHOWN_REJECTIONS } from '@/components/manager/RejectedList';
import { freshRoot } from '@/tests/support/render-root';

let root: HTMLElement;
beforeEach(() => freshRoot((el) => (root = el)));

const problems = (n: number) => Array.from({ length: n }, (_, i) => `statements[${i}]: text is empty`);

describe('the import preview’s left-out list', () => {
  it.each([
    [3, 3, false],
    [SHOWN_REJECTIONS, SHOWN_REJECTIONS, false],
    [250_000, SHOWN_REJECTIONS, true],
  ])('with %i problems lists %i of them', (total, listed, counted) => {
    const rejected = problems(total);
    render(<RejectedList rejected={rejected} fileName="big.json" />, root);
    expect(root.querySelectorAll('li')).toHaveLength(listed);
    expect(root.textContent?.includes(`${(total - SHOWN_REJECTIONS).toLocaleString('en')} more problems`)).toBe(
      counted,
    );
    expect(root.querySelector('button')?.textContent).toContain(total.toLocaleString('en'));
  });

  it('downloads every problem, one a line', () => {
    const rejected = problems(250);
    expect(rejectionsFile(rejected).split('\n').filter(Boolean)).toEqual(rejected);
  });
});
