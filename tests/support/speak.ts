/**
 * Lets a test read the UI in another catalogue (French, German…) and go back to English, so a message can
 * be checked in more than one language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Catalogue, resolveMessage } from '@/lib/core/i18n';

const ROOT = join(__dirname, '../..');
const english = fakeBrowser.i18n.getMessage;

/** Switches the fake browser's lookup to one of public/_locales; call speakEnglish after. */
export function speak(locale: string): void {
  const catalogue: Catalogue = JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8'));
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    resolveMessage(catalogue[key], subs === undefined ? [] : [subs].flat())) as typeof english;
}

/** Back to the English lookup the test setup installs. */
export function speakEnglish(): void {
  fakeBrowser.i18n.getMessage = english;
}
