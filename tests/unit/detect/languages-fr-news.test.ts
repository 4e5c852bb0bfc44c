import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** The quote starting with `words` in `text`, read as a French page. */
function quoteOf(text: string, words: string) {
  return detect(text, { lang: 'fr' }).quotes.find((x) => x.text.startsWith(words));
}

const CAST =
  'La maire de Nantes, Sophie Garnier, a reçu lundi le président du conseil départemental, Luc Perrin, et le directeur du port, Marc Delattre.';

describe('French news: quotes nested in guillemets', () => {
  it.each([
    [
      'a phrase in “ ” inside « »',
      `${CAST} « Ceux qui crient au “grand remplacement” n’ont rien compris », a déclaré Sophie Garnier.`,
      'Ceux qui crient',
      'grand remplacement',
    ],
    [
      'words put in another mouth',
      `${CAST} Luc Perrin a répondu : « On me dit “attendez l’été”, mais l’été est passé. »`,
      'On me dit',
      'attendez',
    ],
  ])('%s stays inside the outer quote', (_, text, outer, inner) => {
    const q = quoteOf(text, outer);
    expect(q?.text).toContain(inner);
    expect(q?.speaker).not.toBeNull();
  });
});
