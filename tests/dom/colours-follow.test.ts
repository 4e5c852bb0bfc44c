import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import { followColours } from '@/lib/page/page-colours';

const styleText = () =>
  Array.from(document.querySelectorAll('style[data-onrecord-style="colours"]')).map((s) => s.textContent ?? '');
const green = { ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' };

describe('followColours', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
  });

  it('adds nothing to the page with the default colours', () => {
    const colours = followColours(document);
    colours.update({ enabled: true, colours: { ...DEFAULT_MARK_COLOURS } });
    expect(styleText()).toEqual([]);
    colours.stop();
  });

  it("paints the reader's colours, repaints on change, and takes them away when stopped", () => {
    const colours = followColours(document);
    colours.update({ enabled: true, colours: green });
    expect(styleText()).toHaveLength(1);
    expect(styleText()[0]).toContain('--onrecord-direct-fill:#2a9d3c2e');
    colours.update({ enabled: true, colours: { ...DEFAULT_MARK_COLOURS, person: '#112233' } });
    expect(styleText()).toHaveLength(1);
    expect(styleText()[0]).toContain('--onrecord-person-line');
    expect(styleText()[0]).not.toContain('--onrecord-direct-');
    colours.update({ enabled: true, colours: { ...DEFAULT_MARK_COLOURS } });
    expect(styleText()).toEqual([]);
    colours.update({ enabled: true, colours: green });
    colours.stop();
    expect(styleText()).toEqual([]);
    colours.update({ enabled: true, colours: green });
    expect(styleText()).toEqual([]);
  });

  it.each([
    [false, 0],
    [true, 1],
  ])('with OnRecord on for the page %s, paints %i style', (enabled, count) => {
    const colours = followColours(document);
    colours.update({ enabled: !enabled, colours: green });
    colours.update({ enabled, colours: green });
    expect(styleText()).toHaveLength(count);
    colours.stop();
  });
});
