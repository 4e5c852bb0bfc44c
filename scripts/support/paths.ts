/** Where the builds and fixtures live, so the e2e suite, the build checks and the demo agree on one place. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The unpacked Chrome MV3 build that `npm run build` writes. */
export const CHROME_BUILD_DIR = `${ROOT_DIR}.output/chrome-mv3`;

/** The unpacked Firefox build that `npm run build` writes (WXT targets MV2 for Firefox by default). */
export const FIREFOX_BUILD_DIR = `${ROOT_DIR}.output/firefox-mv2`;

/**
 * Chromium binary, unless CHROMIUM_PATH says otherwise. Debian's /usr/bin/chromium wrapper adds Google API keys and
 * --enable-remote-extensions, which make the browser call Google at startup; the binary behind it does not.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');

/** Firefox binary: Debian's ESR, unless FIREFOX_PATH says otherwise. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
