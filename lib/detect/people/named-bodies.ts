/**
 * "La préfecture des Côtes-d’Armor a confirmé … Selon la préfecture, …": news names an institution in full
 * once, then by its head noun with the definite article. That noun stands for the institution named before it
 * ("das Ministerium" for the "Landwirtschaftsministerium"), as "the company" does in English.
 */

import { language } from '@/lib/detect/text/language';
import { must } from '@/lib/detect/text/must';
import type { Token } from '@/lib/detect/text/tokens';
import { describedBodyAt } from './described-body';
import { documentIssuerAt } from './document-issuers';
import type { PeopleIndex, Referent } from './people-index';

const DEFINITE = new Set('le la les l der die das dem den des el los las il lo gli o os as'.split(' '));
// How far back the institution's full name is looked for.
const WINDOW = 3000;

/** The institution named earlier that "la préfecture" or "das Ministerium" at token i stands for, if any. */
export function namedBodyAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const lang = language();
  const t = must(tokens[i], 'token');
  if (lang.code === 'en') return undefined;
  const elided = /^\p{L}[\u2019']/u.test(t.lower);
  const noun = elided ? t.lower.slice(2) : t.lower;
  const det = tokens[i - 1];
  const definite = elided ? t.lower[0] === 'l' : !!det && DEFINITE.has(det.lower) && t.start - det.end === 1;
  if (!definite) return undefined;
  if (!lang.isBody(noun)) return namedBefore(idx, tokens, i);
  // "la préfecture du Finistère": an institution named here, not one named before.
  const next = tokens[i + 1];
  if (next && lang.of.has(next.lower) && (idx.text ?? '').slice(t.end, next.start) === ' ') return undefined;
  // "la Comisión Nacional del Agua": a name the people index read whole from this noun on is that body.
  const here = t.cap ? idx.mentions.find((m) => m.start === t.start && m.end > t.end) : undefined;
  if (here) return { entity: here.entity, start: det?.start ?? t.start, end: here.end };
  for (let k = idx.mentions.length - 1; k >= 0; k--) {
    const m = must(idx.mentions[k], 'mention');
    if (m.start >= t.start) continue;
    if (t.start - m.start > WINDOW) break;
    const e = must(idx.entities[m.entity], 'entity');
    const head = (
      e.name
        .toLowerCase()
        .replace(/^\p{L}[\u2019']/u, '')
        .split(/\s/)[0] ?? ''
    ).trim();
    if (e.kind === 'organisation' && (head === noun || (lang.capitalisesNouns && head.endsWith(noun))))
      return { entity: m.entity, start: elided ? t.start : (det?.start ?? t.start), end: t.end };
  }
  // "teilte die Behörde mit" after "das Landratsamt": a body whose kind the noun names.
  return namedBefore(idx, tokens, i);
}

/** The body named before that a description at token i stands for, when one fits. */
function namedBefore(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const r = describedBodyAt(idx, tokens, i) ?? documentIssuerAt(idx, tokens, i);
  return r?.entity === null ? undefined : r;
}
