/**
 * "a fait valoir Normilait dans un communiqué. « … », poursuit le texte": a document named with the definite
 * article after a cue verb stands for the body that issued the document the text brought in last ("dans un
 * communiqué", "en una nota", "in einer Mitteilung"): the body named in that sentence, by its name there.
 */
import { type Bodies, bodies, inSet } from './body-lexicon';
import { namesDocument } from './body-mentions';
import { fullBodyName } from './body-names';
import { bodyEntity } from './described-body';
import { must } from './must';
import type { PeopleIndex, Referent } from './people-index';
import { sentenceEnd, sentenceStart } from './sentences';
import type { Token } from './tokens';

// How far back the document's introduction is looked for.
const WINDOW = 1500;
const INDEFINITE = /^(?:un|une|una|ein|eine|einer|einem|a|an)$/;

/** Where the last document was brought in with an indefinite article before token i, if it was. */
function introduced(b: Bodies, tokens: Token[], i: number): number | undefined {
  const at = must(tokens[i], 'token').start;
  for (let k = i - 2; k > 0 && at - must(tokens[k], 'token').start < WINDOW; k--) {
    const t = must(tokens[k], 'token');
    if (!inSet(b, b.documents, t.lower)) continue;
    return INDEFINITE.test(tokens[k - 1]?.lower ?? '') ? t.start : undefined;
  }
  return undefined;
}

/** The body that issued the document "le texte" at token i stands for; undefined when the text names none. */
export function documentIssuerAt(idx: PeopleIndex, tokens: Token[], i: number): Referent | undefined {
  const b = bodies();
  const t = must(tokens[i], 'token');
  const det = tokens[i - 1];
  const text = idx.text;
  if (!b || !det || !text || !b.determiners.includes(det.lower) || !inSet(b, b.documents, t.lower)) return undefined;
  const doc = introduced(b, tokens, i);
  if (doc === undefined) return undefined;
  const from = sentenceStart(text, doc);
  const to = sentenceEnd(text, doc);
  // Whoever the sentence names first issued it: a body by the name written there, a person as themself.
  const m = idx.mentions.find(
    (x) => x.start >= from && x.end <= to && !namesDocument(b, must(idx.entities[x.entity], 'entity').name),
  );
  if (!m) return undefined;
  // "Un avocat de Smith a envoyé un courrier": the lawyer's letter, not Smith's.
  const before =
    text
      .slice(Math.max(from, m.start - 8), m.start)
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase() ?? '';
  if (b.of.includes(before) || /^[d]['’]$/.test(before)) return undefined;
  const e = must(idx.entities[m.entity], 'entity');
  const entity =
    e.kind === 'person' && e.gender !== null ? e.id : bodyEntity(idx, fullBodyName(text, b, m.start, m.end));
  return { entity, start: det.start, end: t.end };
}
