/**
 * Renders the toolbar and store icons from their SVG drawings (public/icons/*.svg) to PNG at every size the
 * manifests name, with the Chromium already installed for the end-to-end suite (no image library needed).
 * Run with `npm run icons` after changing a drawing, and commit the PNGs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICON_SIZES, ICON_VARIANTS } from '../lib/background/icons';
import { CHROMIUM_PATH } from './support/paths';

const ICON_DIR = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** A page holding only the drawing at `size` CSS pixels, on a transparent background. */
function iconPage(svg: string, size: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;background:transparent">
<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const variant of ICON_VARIANTS) {
      const svg = await readFile(`${ICON_DIR}${variant}.svg`, 'utf8');
      for (const size of ICON_SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(iconPage(svg, size));
        await page.waitForFunction(() => document.images[0]?.complete);
        const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        await writeFile(`${ICON_DIR}${variant}-${size}.png`, png);
        console.log(`public/icons/${variant}-${size}.png`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
