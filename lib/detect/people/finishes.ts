/**
 * Tells a product's colour from a person with a colour for a surname: "Jet Black or Rose Gold" lists finishes,
 * "Tom White and Nancy Green" lists people. A colour name listed beside another colour name that no given name
 * opens is a finish, whatever its first word.
 */

import type { Span } from '@/lib/detect/types';
import { isGivenName } from './given-names';

const COLOURS =
  'black white gold silver grey gray green blue red pink purple orange yellow bronze copper steel graphite ivory cream beige navy teal titanium'.split(
    ' ',
  );
const COLOUR = new Set(COLOURS);
const NEIGHBOUR = /(\p{Lu}[\p{L}-]*)\s+(\p{Lu}[\p{L}-]*)$/u;
const NEXT = /^(?:,\s+|\s+(?:or|and)\s+|\s*\/\s*)(\p{Lu}[\p{L}-]*)\s+(\p{Lu}[\p{L}-]*)/u;
const LINK_BEFORE = /(?:,\s+|\s+(?:or|and)\s+|\s*\/\s*)$/u;

/** True when the two words name a colour no given name opens ("Jet Black", not "Tom White"). */
function plainColour(first: string | undefined, last: string | undefined): boolean {
  return !!first && !!last && COLOUR.has(last.toLowerCase()) && !isGivenName(first);
}

/** True when the name at `m`, ending in a colour, is listed beside another colour name: a product finish. */
export function listedAsFinish(text: string, name: string, m: Span): boolean {
  if (!COLOUR.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '')) return false;
  const next = NEXT.exec(text.slice(m.end, m.end + 40));
  if (next && plainColour(next[1], next[2])) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const link = LINK_BEFORE.exec(before);
  if (!link) return false;
  const prev = NEIGHBOUR.exec(before.slice(0, link.index));
  return !!prev && plainColour(prev[1], prev[2]);
}
