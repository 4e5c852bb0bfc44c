/** How two spellings of a name are compared: folded (accents off, lower case) and near (one edit apart). */

import { isAscii, lower } from './lower';

/** Name form for comparing: accents off, lower case (Sergéy and Sergey compare equal). */
export const fold = (s: string) => (isAscii(s) ? lower(s) : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Edit distance of at most one (Sergei/Sergey, Mohammed/Muhammed would need two). */
export function nearSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
