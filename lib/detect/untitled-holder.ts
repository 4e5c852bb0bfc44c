/**
 * A title the text never gave anyone, standing for the person named just before it: "Di tutt'altro umore
 * Gianni Zoppas. «…», ammette il tecnico del Real Vasto"; "Didier Rocaboy ne cherchait pas d'excuses. « … »,
 * reconnaissait l'entraîneur d'Avranches-Granville". Only when nothing else is named in between, in the same
 * paragraph, and that person holds no title of their own: otherwise the title names nobody we know.
 */
import type { Entity, PeopleIndex } from './people-index';

const FEMININE = /^(?:la|a|una|une|die)$/;
// The word for "of" right before a name, in the languages whose titles this reads.
const OF_BEFORE = /(?:^|\s)(?:of|de|du|des|del|della|dello|di|do|da|dos|das|d[’'])\s?$/;
const DEFINITE = /^(?:le|la|il|lo|o|a|el)$/;
const MASCULINE = /^(?:le|il|lo|o|el|un|um|uno|der)$/;

/** The entity a title nobody holds stands for at `start`, or undefined when the text leaves it open. */
export function untitledHolder(idx: PeopleIndex, start: number, det?: string): number | undefined {
  const text = idx.text ?? '';
  // "Son entraîneur", "un joueur": a possessive or indefinite title is someone else's or anyone's.
  const elided = /^[lL][’']/.test(text.slice(start, start + 2));
  if (!elided && !DEFINITE.test(det?.toLowerCase() ?? '')) return undefined;
  let last: (typeof idx.mentions)[number] | undefined;
  for (const m of idx.mentions) {
    if (m.end > start) break;
    // "il tecnico del Real Vasto": what an earlier title was of does not come between.
    if (OF_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    last = m;
  }
  if (!last || text.slice(last.end, start).includes('\n')) return undefined;
  const e: Entity | undefined = idx.entities[last.entity];
  if (e?.kind !== 'person' || e.role) return undefined;
  const article = det?.toLowerCase() ?? '';
  if ((FEMININE.test(article) && e.gender === 'm') || (MASCULINE.test(article) && e.gender === 'f')) return undefined;
  return last.entity;
}
