/**
 * A body's head noun standing alone ("la Comisión", "the Council", "die Kammer") is the start of a name, not a
 * name: where the text spelled the body out at that very place ("la Fédération des entreprises de Belgique
 * (FEB)") or named a body under that head earlier ("la Comisión Estatal del Agua … acusó a la Comisión"), the
 * mention is that body's. Listed as a body of its own, the bare noun would send the reader to a record of
 * nobody in particular.
 */

import { LEXICONS } from '@/lib/detect/lexicons/index';
import { language } from '@/lib/detect/text/language';
import { ORG_NOUNS } from '@/lib/detect/text/lexicon';
import { longForm } from './acronyms';
import type { Entity, Mention } from './people-index';

const HEADS = new Map(LEXICONS.map((l) => [l.code, new Set((l.bodies ?? '').split(' ').filter(Boolean))]));

/** True when `word` (lower case) is a body's head noun in the language being read, or a generic English one. */
function isBareHead(word: string): boolean {
  return ORG_NOUNS.has(word) || !!HEADS.get(language().code)?.has(word);
}

/** The body the acronym after this mention spells out from its first word on ("Fédération … (FEB)"), if any. */
function spelledHere(text: string, entities: Entity[], m: Mention): Entity | undefined {
  return entities.find((x) => {
    if (x.kind !== 'organisation' || !/^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(x.name)) return false;
    const long = longForm(text, x.name);
    return !!long && long.includes(' ') && text.startsWith(long, m.start);
  });
}

/** The body named most recently before `at` whose name opens on `head` and goes on ("Comisión Estatal del Agua"). */
function namedBefore(entities: Entity[], mentions: Mention[], head: string, at: number): Entity | undefined {
  let best: { e: Entity; start: number } | undefined;
  for (const m of mentions) {
    const e = entities[m.entity];
    if (e?.kind !== 'organisation' || m.start >= at || (best && m.start < best.start)) continue;
    if (e.name.toLowerCase().startsWith(`${head} `)) best = { e, start: m.start };
  }
  return best?.e;
}

/** Moves each mention of a bare head noun to the body it starts or stands for; the bare entity keeps the rest. */
export function settleBareHeads(text: string, entities: Entity[], mentions: Mention[]): void {
  for (const e of entities) {
    const head = e.name.toLowerCase();
    if (e.kind !== 'organisation' || e.name.includes(' ') || !isBareHead(head)) continue;
    for (const m of [...e.mentions]) {
      const to = spelledHere(text, entities, { ...m, entity: e.id }) ?? namedBefore(entities, mentions, head, m.start);
      if (!to || to === e) continue;
      e.mentions = e.mentions.filter((x) => x !== m);
      to.mentions.push(m);
      to.mentions.sort((a, b) => a.start - b.start);
      for (const x of mentions) if (x.start === m.start && x.end === m.end && x.entity === e.id) x.entity = to.id;
    }
  }
}
