/**
 * Cue verbs whose subject the sentence leaves out: "«…», añadió.", "„…“ dodala.", "«…», ha aggiunto.".
 * Languages that drop subject pronouns let the verb alone continue whoever the text was just about; Czech
 * past forms also say the speaker's gender ("dodal" a man, "dodala" a woman), which must fit.
 */

import type { Entity, PeopleIndex } from '@/lib/detect/people/people';
import { type Discourse, type Referent, referentAt } from '@/lib/detect/referents/referents';
import { firstTokenAt, previousSentence, salientPerson } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { sentenceStart } from '@/lib/detect/text/sentences';
import type { Token } from '@/lib/detect/text/tokens';
import { descriptionSubject } from './description-subject';
import { unnamedSpeakerBefore } from './indefinite-subject';
import { personNounSubject } from './person-noun-subject';
import { roleSubject } from './role-subject';

// How far after the last attributed quote its speaker may still go on without being named.
const RUN_REACH = 600;

/** The gender a verb form's ending gives its subject in this language ("dodala" f), if any. */
export function verbGender(word: string): 'm' | 'f' | undefined {
  const endings = language().verbGender;
  if (!endings) return undefined;
  if (endings.f.some((e) => word.endsWith(e))) return 'f';
  if (endings.m.some((e) => word.endsWith(e))) return 'm';
  return undefined;
}

/** In a language whose verbs tell gender, women's surnames end in "-á" ("Nováková", "Malá"); else a man's. */
function surnameGender(name: string): 'm' | 'f' {
  return /á$/u.test(name) ? 'f' : 'm';
}

/**
 * Who the subjectless cue verb at `verb` (after the quote opening at `open`) reports: the person the quote's
 * sentence or the one before is about, else the speaker just quoted; the gender must fit. Nobody otherwise.
 */
export function droppedSubject(
  c: { text: string; idx: PeopleIndex; d: Discourse },
  open: number,
  verb: Token,
  spokenTo: number | null = null,
): Referent | undefined {
  const g = verbGender(verb.lower);
  // `spokenTo`: whom the clause addressed ("Novákové odpověděl"), who is not the one speaking.
  const fits = (e: Entity) =>
    e.kind === 'person' && e.id !== spokenTo && (!g || (e.gender ?? surnameGender(e.name)) === g);
  const fitsId = (id: number) => {
    const e = c.idx.entities[id];
    return !!e && fits(e);
  };
  const at = { start: verb.start, end: verb.end };
  // "«…», han explicado.": a plural subject (sources, a team) is no one person.
  if (pluralSpanish(c.text, verb)) return { entity: null, ...at };
  const scene = c.d.scene;
  // "una madre de familia … relató que … «…», lamentó.": the unnamed person goes on, nobody the text named.
  if (scene && unnamedSpeakerBefore(c.text, scene.tokens, scene.quoted, c.idx, open)) return { entity: null, ...at };
  // Whom the quote's sentence or the one before is about comes first: "Vondra popsal noc. „…“ dodal."
  if (scene) {
    const since = previousSentence(c.text, sentenceStart(c.text, open));
    // "Ministryně po jednání řekla, že … „…“ dodala.": a title opening the sentence before is its subject.
    const titled = titledOpener(c, scene.tokens, since, fits);
    if (titled !== undefined) return { entity: titled, ...at };
    // "Preguntado por …, el presidente del Gobierno ha evitado …. «…», ha zanjado.": the description's holder.
    const described = descriptionSubject({ ...scene, idx: c.idx }, open, fits);
    if (described) return { entity: described.entity, ...at };
    // "La mujer perdió su cosecha. «…», lamentó.": the person just named, when the article's gender fits.
    const person = personNounSubject({ ...scene, idx: c.idx }, open, fits);
    if (person) return { entity: person.entity, ...at };
    const who = salientPerson(scene, c.idx, open, since, fits);
    if (who !== undefined) return { entity: who, ...at };
  }
  // "el titular del Ejecutivo federal insistió …. «…», remató.": whoever holds the title, or nobody named.
  const titled = scene ? roleSubject(c, scene.tokens, scene.quoted, open) : undefined;
  if (titled) return { entity: titled.entity, ...at };
  // Otherwise the speaker just quoted goes on, when the gender fits.
  const last = c.d.lastSpeaker;
  const who = last !== null && open - c.d.lastSpeakerAt < RUN_REACH && fitsId(last) ? last : undefined;
  return who === undefined ? undefined : { entity: who, ...at };
}

/** The person a title opening the sentence at `from` stands for ("Ministryně …"), when one fits. */
function titledOpener(
  c: { idx: PeopleIndex; d: Discourse },
  tokens: Token[],
  from: number,
  fits: (e: Entity) => boolean,
): number | undefined {
  const k = firstTokenAt(tokens, from);
  const t = tokens[k];
  if (!t || t.start < from || !ROLE_NOUNS.has(t.lower)) return undefined;
  const r = referentAt(c.idx, c.d, tokens, k);
  const e = r?.entity == null ? undefined : c.idx.entities[r.entity];
  return e && r?.entity != null && fits(e) ? r.entity : undefined;
}

/** True for a Spanish cue verb in the third person plural: "han explicado", "explicaron", "dijeron". */
function pluralSpanish(text: string, verb: Token): boolean {
  if (language().code !== 'es') return false;
  return (
    /(?:aron|ieron|eron)$/u.test(verb.lower) ||
    /\bh(?:an|abían|abrían)\s+$/iu.test(text.slice(Math.max(0, verb.start - 9), verb.start))
  );
}
