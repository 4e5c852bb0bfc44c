import { describe, expect, it } from 'vitest';
import { detect } from '@/lib/detect/index';

/** Speaker of the first quote in `text`, read as a page declared in `lang`, and the people listed. */
function read(text: string, lang: string) {
  const d = detect(text, { lang });
  return { speaker: d.quotes[0]?.speaker, people: d.people.map((p) => p.name) };
}

describe('a title before a name is not part of the name', () => {
  it.each([
    ['de', 'Die Lage bleibt ernst. „Wir handeln jetzt“, sagte der CDU-Politiker Jonas Weber.', 'Jonas Weber'],
    ['fr', 'La séance a duré. « Nous agirons », a déclaré l’élue écologiste Hélène Marchal.', 'Hélène Marchal'],
    ['es', 'El pleno fue largo. “Actuaremos ya”, dijo el concejal de Urbanismo, Pablo Herrero.', 'Pablo Herrero'],
    ['it', 'La seduta è durata ore. «Agiremo subito», ha detto l’assessore Paolo Ferri.', 'Paolo Ferri'],
    ['pt', 'A sessão foi longa. “Vamos agir”, disse o vereador Paulo Matos.', 'Paulo Matos'],
    ['cs', 'Jednání trvalo dlouho. „Budeme jednat,“ řekla hydroložka Petra Šimková.', 'Petra Šimková'],
  ])('%s: %s', (lang, text, name) => {
    const { speaker, people } = read(text, lang);
    expect(speaker).toBe(name);
    expect(people).toContain(name);
  });
});

describe('an accented title after the verb stands for the person who holds it', () => {
  it.each([
    ['cs', 'V pondělí přijel premiér Petr Fiala do Ostravy. „Je to vážné,“ uvedl premiér.', 'Petr Fiala'],
    ['fr', 'Lundi, le préfet Paul Girard est arrivé à Brest. « C’est grave », a déclaré le préfet.', 'Paul Girard'],
    ['fr', 'Le député Jean Morel a quitté la séance. « C’est grave », a lancé le député.', 'Jean Morel'],
    ['es', 'El lunes llegó el alcalde Pablo Herrero. “Es grave”, dijo el alcalde.', 'Pablo Herrero'],
  ])('%s: %s', (lang, text, name) => {
    expect(read(text, lang).speaker).toBe(name);
  });
});

describe('what a title is of does not speak for its unnamed holder', () => {
  it.each([
    ['es', 'La reunión fue larga. “No habrá cambios”, afirmó el consejero de Medio Ambiente.'],
    ['es', 'La reunión fue larga. “No habrá cambios”, dijo la portavoz del Gobierno.'],
    ['it', 'La riunione è durata. «Nessun cambiamento», ha detto il presidente della Regione Lombardia.'],
    ['fr', 'La réunion a duré. « Pas de changement », a déclaré le directeur de Nova Énergie.'],
    ['de', 'Die Sitzung dauerte lange. „Es bleibt alles beim Alten“, sagte der Chef der Deutschen Bahn.'],
  ])('%s: %s', (lang, text) => {
    expect(read(text, lang).speaker).toBeNull();
  });

  it('still takes the name set in apposition after the title', () => {
    const text = 'La reunión fue larga. “No habrá cambios”, afirmó el consejero de Medio Ambiente, Javier Ortega.';
    expect(read(text, 'es').speaker).toBe('Javier Ortega');
  });
});
