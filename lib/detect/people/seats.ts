/**
 * Seats of power that news copy names in place of the government or office housed there: "selon Matignon",
 * "fonti di Palazzo Chigi", "segundo o Planalto". Each stands for an institution, so a speaker that is an
 * organisation, never a person and never nobody.
 */
import { startsWithOneOf } from '@/lib/detect/text/first-letters';
import type { Span } from '@/lib/detect/types';

// Only names that, in news copy, stand for the office and hardly ever for anything else.
const SEATS = [
  'Matignon',
  'Élysée',
  'Quai d’Orsay',
  "Quai d'Orsay",
  'Palazzo Chigi',
  'Quirinale',
  'Farnesina',
  'Viminale',
  'Planalto',
  'Itamaraty',
  'Palácio de Belém',
  'Moncloa',
];

// "l’Élysée" is one token: the elided article opens the mention so the token's reader finds it.
const SEAT = new RegExp(
  `${startsWithOneOf(['l', 'L', ...SEATS])}(?<![\\p{L}\\p{N}-])(?:[lL][’'])?(${SEATS.join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
// Most pages name no seat at all: one plain search for the names says so before SEAT runs.
const ANY_SEAT = new RegExp(SEATS.join('|'));

/** Every seat of power named in `text`, as an institution speaking under that name. */
export function findSeats(text: string): (Span & { name: string })[] {
  if (!ANY_SEAT.test(text)) return [];
  return [...text.matchAll(SEAT)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1] ?? m[0] }));
}
