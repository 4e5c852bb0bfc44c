import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COLOUR_TARGETS,
  colourCss,
  contrastRatio,
  contrastWarnings,
  DEFAULT_MARK_COLOURS,
  isDefaultColours,
  MIN_LINE_CONTRAST,
  mix,
  parseHex,
  parseMarkColours,
  shownTints,
  tintsFor,
} from '@/lib/core/colours';
import { OnRecordDb } from '@/lib/db/database-schema';
import { COLOURS_PREF, loadColours, SETTINGS_PREF, saveColours } from '@/lib/db/repos-settings';

describe('parseHex', () => {
  it.each([
    ['#FFC828', '#ffc828'],
    ['ffc828', '#ffc828'],
    ['  #abc ', '#aabbcc'],
    ['#000', '#000000'],
  ])('%j -> %s', (raw, hex) => {
    expect(parseHex(raw)).toBe(hex);
  });

  it.each([
    ['#ffc82'],
    ['#ffc8288'],
    ['#ggg'],
    ['red'],
    ['rgb(1, 2, 3)'],
    ['#ffc828; background: url(x)'],
    [''],
    [null],
    [42],
  ])('rejects %j', (raw) => {
    expect(parseHex(raw)).toBeNull();
  });
});

describe('parseMarkColours', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(parseMarkColours(undefined)).toEqual(DEFAULT_MARK_COLOURS);
    expect(parseMarkColours('garbage')).toEqual(DEFAULT_MARK_COLOURS);
  });

  it('keeps each valid colour and falls back per target for the rest', () => {
    expect(parseMarkColours({ direct: '#2A9D3C', partial: 'blue', person: '#123', extra: '#fff' })).toEqual({
      ...DEFAULT_MARK_COLOURS,
      direct: '#2a9d3c',
      person: '#112233',
    });
  });

  it('returns a fresh object the caller may change', () => {
    parseMarkColours(null).direct = '#000000';
    expect(DEFAULT_MARK_COLOURS.direct).toBe('#ffc828');
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('mixes in sRGB as color-mix does', () => {
    expect(mix('#ffffff', '#000000', 0.5)).toBe('#808080');
    expect(mix('#ffc828', '#000000', 0.7)).toBe('#b38c1c');
  });

  it('keeps the default colours free of warnings, with visible underlines on light and dark pages', () => {
    expect(contrastWarnings(DEFAULT_MARK_COLOURS)).toEqual([]);
    for (const target of COLOUR_TARGETS) {
      expect(contrastRatio(tintsFor(DEFAULT_MARK_COLOURS[target], 'light').line, '#ffffff')).toBeGreaterThanOrEqual(
        MIN_LINE_CONTRAST,
      );
    }
  });

  it('warns for a colour that vanishes on light pages, and one that vanishes on dark pages', () => {
    const warnings = contrastWarnings({ ...DEFAULT_MARK_COLOURS, partial: '#fffbe0', person: '#000010' });
    expect(warnings.map((w) => w.target)).toEqual(['partial', 'person']);
    expect(warnings[0]?.message).toMatch(/Quoted fragments: hard to see on light pages \(contrast \d\.\d:1/);
    expect(warnings[1]?.message).toMatch(/People and organisations: hard to see on dark pages/);
  });
});

describe('colourCss', () => {
  it('sets every custom property the highlight style reads, for light and dark pages', () => {
    const colours = { ...DEFAULT_MARK_COLOURS, block: '#2a9d3c' };
    const css = colourCss(colours);
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
    expect(light).toContain(`--onrecord-block-line:${tintsFor('#2a9d3c', 'light').line};`);
    expect(light).toContain('--onrecord-block-fill:#2a9d3c2e;');
    expect(dark).toContain(`--onrecord-block-line:${tintsFor('#2a9d3c', 'dark').line};`);
    for (const part of ['line', 'fill', 'open']) expect(css.split(`--onrecord-block-${part}:`)).toHaveLength(3);
  });

  it('leaves targets at their default to the default look', () => {
    const css = colourCss({ ...DEFAULT_MARK_COLOURS, block: '#2a9d3c' });
    for (const target of COLOUR_TARGETS.filter((t) => t !== 'block'))
      expect(css).not.toContain(`--onrecord-${target}-`);
    const all = colourCss({ direct: '#000001', partial: '#000002', block: '#000003', person: '#000004' });
    for (const target of COLOUR_TARGETS) expect(all.split(`--onrecord-${target}-line:`)).toHaveLength(3);
  });

  it('previews the default look for defaults and the tints of a chosen colour otherwise', () => {
    expect(shownTints(DEFAULT_MARK_COLOURS, 'person', 'light').line).toBe('rgba(40, 110, 200, 0.85)');
    expect(shownTints(DEFAULT_MARK_COLOURS, 'partial', 'dark').fill).toBe('rgba(255, 200, 40, 0.22)');
    const chosen = { ...DEFAULT_MARK_COLOURS, partial: '#2a9d3c' };
    expect(shownTints(chosen, 'partial', 'dark')).toEqual(tintsFor('#2a9d3c', 'dark'));
  });

  it('knows the defaults', () => {
    expect(isDefaultColours({ ...DEFAULT_MARK_COLOURS })).toBe(true);
    expect(isDefaultColours({ ...DEFAULT_MARK_COLOURS, person: '#000000' })).toBe(false);
  });
});

describe('stored colours', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves validated colours under their own pref and reads them back', async () => {
    const db = new OnRecordDb('onrecord-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    const saved = await saveColours(db, { ...DEFAULT_MARK_COLOURS, direct: '#ABC', partial: 'nope' });
    expect(saved).toEqual({ ...DEFAULT_MARK_COLOURS, direct: '#aabbcc' });
    expect(await loadColours(db)).toEqual(saved);
    expect(await db.prefs.get(SETTINGS_PREF)).toBeUndefined();
    expect((await db.prefs.get(COLOURS_PREF))?.value).toEqual(saved);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
