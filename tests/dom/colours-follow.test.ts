import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_MARK_COLOURS } from '@/lib/core/colours';
import { saveColours, saveSettings } from '@/lib/core/settings';
import { followColours } from '@/lib/page/page-colours';

const styleText = () =>
  Array.from(document.querySelectorAll('style[data-onrecord-style="colours"]')).map((s) => s.textContent ?? '');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('followColours', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '';
  });

  it('adds nothing to the page with the default colours', async () => {
    const stop = followColours(document, 'news.example');
    await settle();
    expect(styleText()).toEqual([]);
    stop();
  });

  it("paints the reader's colours, repaints on change, and takes them away when stopped", async () => {
    await saveColours({ ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' });
    const stop = followColours(document, 'news.example');
    await settle();
    expect(styleText()).toHaveLength(1);
    expect(styleText()[0]).toContain('--onrecord-direct-fill:#2a9d3c2e');
    await saveColours({ ...DEFAULT_MARK_COLOURS, person: '#112233' });
    await settle();
    expect(styleText()).toHaveLength(1);
    expect(styleText()[0]).not.toContain('--onrecord-direct-');
    expect(styleText()[0]).toContain('--onrecord-person-line:');
    await saveColours({ ...DEFAULT_MARK_COLOURS });
    await settle();
    expect(styleText()).toEqual([]);
    await saveColours({ ...DEFAULT_MARK_COLOURS, block: '#000000' });
    await settle();
    stop();
    expect(styleText()).toEqual([]);
  });

  it('leaves no trace on a site switched off or while paused', async () => {
    await saveColours({ ...DEFAULT_MARK_COLOURS, direct: '#2a9d3c' });
    await saveSettings({ paused: false, disabledSites: ['news.example'] });
    const stop = followColours(document, 'news.example');
    await settle();
    expect(styleText()).toEqual([]);
    await saveSettings({ paused: false, disabledSites: [] });
    await settle();
    expect(styleText()).toHaveLength(1);
    await saveSettings({ paused: true, disabledSites: [] });
    await settle();
    expect(styleText()).toEqual([]);
    stop();
  });
});
