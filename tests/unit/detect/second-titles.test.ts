import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

describe('a title stated with a later mention still finds its holder', () => {
  it.each([
    [
      'en',
      'Senator Ann Cole arrived in the morning. "It is a hard day," said Treasurer Ann Cole. Later, Mayor Tom Reed spoke. The treasurer said the figures were "grim".',
      'Ann Cole',
    ],
    [
      'fr',
      'La sénatrice Anne Colin est arrivée lundi. « C’est dur », a déclaré la ministre Anne Colin. Le maire Paul Roux a parlé ensuite. La ministre a jugé les chiffres « sombres ».',
      'Anne Colin',
    ],
  ])('%s: %s', (lang, text, name) => {
    const d = detect(text, { lang });
    expect(d.quotes.at(-1)?.speaker).toBe(name);
  });
});
