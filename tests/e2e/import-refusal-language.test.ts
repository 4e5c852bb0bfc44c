/**
 * A refused import speaks the browser's language: in real Chromium and real Firefox ESR set to French, the
 * manager refuses broken files (empty, not a pack, a forbidden key, a wrong format, bad records) with lines
 * worded from the French catalogue, the browser's own i18n filling in what each names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { pollUntil } from '@/scripts/support/driver';
import { launchFirefox, openExtensionPage } from './support/firefox';
import { inPage } from './support/probe-kit';

const META = { name: 'n', author: 'a', licence: 'l', date: '2024-01-01' };
const pack = (over: object) =>
  JSON.stringify({
    format: 'onrecord-pack',
    version: 1,
    meta: META,
    people: [],
    statements: [],
    relations: [],
    ...over,
  });

/** Broken files and a line each refusal must show, in French. */
const FILES: [name: string, text: string, line: RegExp][] = [
  ['empty.json', '', /^Fichier : est vide$/],
  ['list.json', '[1, 2]', /^Pack : est une liste, pas un objet JSON au format « onrecord-pack »$/],
  ['proto.json', '{"__proto__": {"x": 1}}', /^Pack : la clé « __proto__ » n'est pas autorisée$/],
  ['format.json', pack({ format: 'other' }), /^Pack : format n'est pas « onrecord-pack » : ce fichier/],
  ['kind.json', pack({ people: [{ id: 'p', name: 'P', kind: 'robot' }] }), /^Personne 1 \(id « p »\) : kind n'est/],
  ['name.json', pack({ people: [{ id: 'q', name: 7 }] }), /^Personne 1 \(id « q »\) : name n'est pas du texte/],
];

/** Picks `file` as the import file in the manager, as the file dialog would; returns the refusal's lines. */
const pickInManager = inPage(async ({ wait, pickFile }, [name, text]: [string, string]): Promise<string[]> => {
  const shown = () => [...document.querySelectorAll('ul.errors li, .preview li')].map((l) => l.textContent ?? '');
  // The previous file's refusal stays on screen until this one's is ready: wait for different lines.
  const before = shown().join('\n');
  pickFile(name, text);
  const changed = () => {
    const lines = shown();
    return lines.length > 0 && lines.join('\n') !== before && lines;
  };
  return wait(changed, 'the refusal').catch(() => []);
});

/** A manager tab in a French browser: pick a file there, check it shows its import control, close it all. */
interface FrenchManager {
  pick(file: [name: string, text: string]): Promise<string[]>;
  hasImport(): Promise<boolean>;
  close(): Promise<void>;
}

const hasImportControl = () => !!document.querySelector('input[type="file"]');

const BROWSERS: [name: string, open: () => Promise<FrenchManager>][] = [
  [
    'Chromium',
    async () => {
      const session = await launchChromium({ lang: 'fr' });
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/manager.html`, { timeout: 30_000 });
      return {
        pick: (file) => page.evaluate(pickInManager, file),
        hasImport: () => page.evaluate(hasImportControl),
        close: session.close,
      };
    },
  ],
  [
    'Firefox',
    async () => {
      const session = await launchFirefox({ prefs: { 'intl.locale.requested': 'fr' } });
      const tab = await session.browser.newPage();
      await openExtensionPage(tab, `${session.extensionOrigin}manager.html`);
      return {
        pick: (file) => tab.evaluate(pickInManager, file),
        hasImport: () => tab.evaluate(hasImportControl),
        close: session.close,
      };
    },
  ],
];

describe.each(BROWSERS)('a refused import in French, in %s', (_name, open) => {
  let manager: FrenchManager;

  beforeAll(async () => {
    manager = await open();
    const ready = await pollUntil(
      () => manager.hasImport(),
      (found) => found,
      15_000,
      100,
    );
    if (!ready.ok) throw new Error('the manager shows no import control');
  }, 90_000);

  afterAll(async () => {
    await manager?.close();
  });

  it.each(FILES)('%s is refused in French', async (name, text, line) => {
    const lines = await manager.pick([name, text]);
    expect(
      lines.some((l) => line.test(l.trim())),
      lines.join('\n'),
    ).toBe(true);
  });
});
