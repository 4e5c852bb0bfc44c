/**
 * The side panel in the built manifests: Chrome's side_panel with the sidePanel permission, Firefox's
 * sidebar_action (closed at install, no extra permission), each browser's key absent from the other's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '@/scripts/support/paths';

const manifest = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    permissions?: string[];
  };

describe('the side panel in the built manifests', () => {
  it('Chrome: side_panel with its permission', async () => {
    const m = await manifest(CHROME_BUILD_DIR);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.permissions).toContain('sidePanel');
    expect(m.permissions).not.toContain('tabs');
    expect(m.sidebar_action).toBeUndefined();
    await expect(readFile(join(CHROME_BUILD_DIR, 'sidepanel.html'), 'utf8')).resolves.toContain('<div id="app">');
  });

  it('Firefox: sidebar_action, closed at install, with no extra permission', async () => {
    const m = await manifest(FIREFOX_BUILD_DIR);
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.permissions).not.toContain('tabs');
    expect(m.side_panel).toBeUndefined();
    await expect(readFile(join(FIREFOX_BUILD_DIR, 'sidepanel.html'), 'utf8')).resolves.toContain('<div id="app">');
  });
});
