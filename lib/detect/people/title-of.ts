/**
 * "la conseillère d’Etat", "le secrétaire d’État", "l’entraîneur d’Avranches": in French a single word
 * elided into "d’" right after a title is what the title is of, a body or a place, never the person holding
 * it. "d’Alan Moore" (two words) still names someone.
 */
import type { Token } from '@/lib/detect/text/tokens';

const ELIDED_OF = /^d[\u2019']\p{Lu}/u;

/** True when the would-be one-word name `name`, right after a title, is what that title is of. */
export function ofTheTitle(name: Token[], titledBefore: boolean): boolean {
  const first = name[0];
  return titledBefore && name.length === 1 && !!first && ELIDED_OF.test(first.text);
}
