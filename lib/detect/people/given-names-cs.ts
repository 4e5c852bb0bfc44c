/**
 * Given names common in Czech (and Slovak) news, by the gender they almost always have. Czech writes a
 * name in seven cases ("Radek", "Radka", "Radkovi"), so a given name is also how a reader tells where a
 * person's name starts after a title's genitive ("hejtman Vysočiny Radek Hlaváček") and which nominative
 * an oblique full name has ("podle mluvčího Jana Krále" is Jan Král).
 */
import { fold } from '@/lib/detect/text/name-spelling';

const FEMALE =
  'adéla alena alžběta andrea aneta anna barbora blanka božena dagmar dana daniela denisa dominika drahomíra eliška eva gabriela hana helena irena iva ivana jana jaroslava jarmila jiřina jitka kamila karolína kateřina klára kristýna lenka libuše lucie ludmila magdaléna marcela markéta marie marta martina michaela milada milena miroslava monika naděžda natálie nikola olga pavla pavlína petra radka renata romana simona soňa stanislava šárka tereza vendula věra veronika vlasta zdenka zdeňka zuzana anežka bohumila ilona jindřiška julie kristina lada nela sabina silvie vladimíra yvona žaneta alice emilie ester františka hedvika johana mária viktorie';
const MALE =
  'aleš antonín bohumil bohuslav bořivoj čestmír dalibor daniel david dušan eduard emil filip františek hynek ivan ivo jakub jan jaromír jaroslav jindřich jiří josef kamil karel ladislav leoš libor lubomír luboš lukáš marek martin matěj michal milan miloš miloslav miroslav oldřich ondřej patrik pavel petr přemysl radek radim radomír richard robert roman rostislav rudolf stanislav svatopluk šimon štěpán tadeáš tomáš václav vít vítězslav vladimír vladislav vlastimil vojtěch zbyněk zdeněk adam alexandr alois andrej arnošt bedřich benedikt dan denis dominik evžen igor jáchym jonáš kryštof matyáš mikuláš otakar oto sebastián viktor vilém erik';

const GENDER = new Map<string, 'm' | 'f'>([
  ...FEMALE.split(' ').map((w) => [fold(w), 'f'] as [string, 'm' | 'f']),
  ...MALE.split(' ').map((w) => [fold(w), 'm'] as [string, 'm' | 'f']),
]);

// The written form of each folded name: "jiri" -> "Jiří".
const WRITTEN = new Map<string, string>(
  `${FEMALE} ${MALE}`.split(' ').map((w) => [fold(w), `${w.charAt(0).toUpperCase()}${w.slice(1)}`]),
);

/** The nominative as written ("Jiří") of a folded listed given name ("jiri"), or undefined. */
export function writtenGiven(folded: string): string | undefined {
  return WRITTEN.get(folded);
}

/** Every Czech given name listed, folded (accent-free, lower case). */
export const CZECH_GIVEN: ReadonlySet<string> = new Set(GENDER.keys());

// Case endings of given names, longest first: "Jiřího", "Pavlovi", "Tomášem", "Janou", "Evě", "Radka".
const ENDINGS = ['iho', 'imu', 'im', 'ovi', 'em', 'ou', 'e', 'u', 'a', 'y', 'i'];

/** Nominatives a stem may come from: "-ou", "-u", "-y" are first a woman's ("Janou", "Janu", "Jany"). */
function formsOf(stem: string, end: string): string[] {
  if (end === 'iho' || end === 'imu' || end === 'im') return [`${stem}i`];
  const mobile = `${stem.slice(0, -1)}e${stem.at(-1)}`;
  return /^(?:ou|u|y)$/.test(end) ? [`${stem}a`, stem, mobile] : [stem, mobile, `${stem}a`];
}

/**
 * The nominative of a Czech given name written in any case ("Radka" -> "radek", "Jiřího" -> "jiri",
 * "Janou" -> "jana"), folded, with its gender; undefined when the word is no listed name. A nominative
 * form is itself ("Jana" is a woman's name before it is Jan's genitive): callers that know the surname is
 * a man's ask with `male`.
 */
export function czechGiven(word: string, male = false): { name: string; gender: 'm' | 'f' } | undefined {
  const key = fold(word);
  const own = GENDER.get(key);
  if (own && !(male && own === 'f')) return { name: key, gender: own };
  for (const end of ENDINGS) {
    if (!key.endsWith(end) || key.length - end.length < 2) continue;
    const stem = key.slice(0, -end.length);
    // "Radka" -> "radek", "Marka" -> "marek", "Zdeňka" -> "zdenek": the mobile e comes back.
    const forms = formsOf(stem, end);
    for (const f of forms) {
      const g = GENDER.get(f);
      if (g && !(male && g === 'f')) return { name: f, gender: g };
    }
  }
  return undefined;
}
