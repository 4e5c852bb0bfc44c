/**
 * "Interrogée sur France Inter, la ministre …", "Invité de RTL, le député …": French news opens on the
 * station or paper where the words were said, before their speaker. The outlet there is the place of the
 * interview, never who spoke; the asker after "interrogé par" is left alone, a person who may speak later.
 */
import type { Token } from '@/lib/detect/text/tokens';
import type { Span } from '@/lib/detect/types';

const ASKED = /^(?:interrog|invit)(?:é|ée|és|ées)$/u;
// "sur", "au micro de", "à l'antenne de", "dans les colonnes de", "de" (after "invité").
const ON =
  /^\s*(?:sur|au micro d[eu'’]|à l['’]antenne d[eu'’]|dans les colonnes d[eu'’]|de|du)\s*(?:la |le |l['’])?$/iu;

// First words of station names ("France Inter", "Radio Classique", "Europe 1", "Sud Radio", "Ici Paris").
const STATIONS = new Set(['france', 'radio', 'europe', 'sud', 'ici', 'canal', 'public']);

/** Spans of the outlets where an interview opening the sentence took place. */
export function frenchInterviewOutlets(text: string, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!ASKED.test(t.lower)) continue;
    // The capitalised run that follows the preposition, within a few words.
    let j = k + 1;
    while (j < k + 6 && tokens[j] && !(tokens[j] as Token).cap) j++;
    const head = tokens[j];
    if (!head || !ON.test(text.slice(t.end, head.start))) continue;
    let e = j;
    while (
      tokens[e + 1] &&
      (tokens[e + 1] as Token).cap &&
      (tokens[e + 1] as Token).start - (tokens[e] as Token).end === 1
    )
      e++;
    // "interrogé sur Macron" is asked about someone: only a name written as outlets are is taken.
    const run = tokens.slice(j, e + 1);
    if (run.some((x) => /\p{Lu}{2}|\d/u.test(x.text)) || STATIONS.has(head.lower))
      out.push({ start: head.start, end: (tokens[e] as Token).end });
  }
  return out;
}
