/**
 * Live blogs title a post "Il ministro: «Pronti a stanziare fondi»" and name the minister in the post below,
 * where the words are quoted in full. The title alone resolves to nobody; the quote it repeats says who, as
 * long as that speaker holds the title.
 */

import type { PeopleIndex } from '@/lib/detect/people/people';
import { titleFits } from '@/lib/detect/referents/epithets';
import { language } from '@/lib/detect/text/language';
import type { Attribution } from './attribution';

/** A lead-in that is only a title, and the article before it. */
export interface BareTitle {
  title: string;
  article?: string;
}

/** The title of a lead-in that names nobody ("La premier", "Il sindaco di Campi"), else undefined. */
export function bareTitle(text: string, a: Attribution): BareTitle | undefined {
  if (a.entity !== null || !a.mention) return undefined;
  const words = text.slice(a.mention.start, a.mention.end).trim().split(/\s+/);
  const first = words[0]?.toLowerCase() ?? '';
  const article = language().articles.has(first) ? first : undefined;
  const title = words[article ? 1 : 0] ?? '';
  return /^\p{Ll}{3,}$/u.test(title) ? { title, article } : undefined;
}

/** True when entity `id` is a person whose stated role holds the title `t` in a gender that agrees. */
export function holdsTitle(idx: PeopleIndex, id: number | null, t: BareTitle): boolean {
  const e = id === null ? undefined : idx.entities[id];
  return !!e && e.kind === 'person' && !!e.role && titleFits(e.role, e.gender, t.title, t.article);
}
