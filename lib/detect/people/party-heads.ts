/**
 * Italian copy writes a politician's or unionist's body straight before the name, with no comma: "la
 * consigliera regionale di Fratelli d'Italia Sara Gentilini", "il segretario della Cgil Marco Zoli". The
 * capitalised run then holds the body and the person together; this drops the body's words so the person
 * is read alone and neither the body nor a body-and-name is taken for a speaker.
 */
import type { Token } from '@/lib/detect/text/tokens';

// Parties and unions whose names are written capitalised before a member's name, as lower-case words.
const BODIES: readonly string[][] = [
  "fratelli d'italia",
  'forza italia',
  'italia viva',
  'più europa',
  'noi moderati',
  'azione',
  'lega',
  'pd',
  'fdi',
  'm5s',
  'avs',
  'cgil',
  'cisl',
  'uil',
  'ugl',
  'fiom',
  'fiom-cgil',
  'fp cgil',
  'nursind',
  'confindustria',
].map((name) => name.split(' '));
// The words a body's name opens with: a run opening with any other word holds no body, tested at once.
const OPENERS = new Set(BODIES.map((words) => words[0]));

/** A token's lower case with the curly apostrophe written straight, as BODIES spells it. */
const straight = (t: Token | undefined) => t?.lower.replace(/\u2019/g, "'");

/**
 * The name after the body a run opens with (the body names no one here); nothing for a body's name of two
 * words or more alone ("Fp Cgil", "Forza Italia" are no one's first and last name); the run alone otherwise.
 */
export function splitPartyHead(run: Token[]): Token[][] {
  const opener = straight(run[0]);
  if (opener === undefined || !OPENERS.has(opener)) return [run];
  for (const words of BODIES) {
    if (!words.every((w, i) => straight(run[i]) === w)) continue;
    const rest = run.slice(words.length);
    if (!rest.length && words.length > 1) return [];
    if (rest.length >= 2 && rest.every((t) => t.cap)) return [rest];
  }
  return [run];
}
