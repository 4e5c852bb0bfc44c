/** The capture window's first guess at the speaker: the stored person the page's name means, if one. */
import type { Person } from '@/lib/core/records';
import { resolvePerson } from './resolve-person';

/** The id of the stored person the page's speaker resolves to, or null when none (or several) fit. */
export function suggestSpeaker(speaker: string | null, people: Person[], date?: string): string | null {
  if (!speaker) return null;
  return resolvePerson({ name: speaker, role: null, aliases: [] }, people, date).person?.id ?? null;
}
