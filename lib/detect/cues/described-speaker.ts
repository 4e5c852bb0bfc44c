/**
 * "«…», sostuvo la regidora", "„…“, sagte der 58 Jahre alte Sozialdemokrat", "« … », lance l’éleveur",
 * "«…», racconta la 34enne", "“…”, the Dublin TD said": news names a speaker it has just introduced by a
 * description (an age, a trade, a party, an office) in place of the name. A singular definite description as
 * the subject of the cue stands for the one person the text named, as a sentence's subject, since the start
 * of the quote's paragraph (or of the paragraph before, when the quote opens its own). The rule reads only
 * cues no other rule resolved, and names nobody when that stretch names no one or several people, when the
 * description's gender disagrees or its office is someone else's the page names, or when it describes a
 * group, a body, a document or a spokesperson (who speaks for a body).
 */
import { type Bodies, bodies, inSet } from '@/lib/detect/people/body-lexicon';
import { inflectsNames } from '@/lib/detect/people/name-forms';
import type { Entity } from '@/lib/detect/people/people-index';
import { hasPersonEvidence } from '@/lib/detect/people/person-evidence';
import { titleFits } from '@/lib/detect/referents/epithets';
import type { Referent } from '@/lib/detect/referents/referents';
import { isSubject, namedBetween, previousSentence } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import { must } from '@/lib/detect/text/must';
import { sentenceStart } from '@/lib/detect/text/sentences';
import { tokenAt } from '@/lib/detect/text/tokens';
import type { Ctx } from './cue-context';
import { unnamedSpeakerBefore } from './indefinite-subject';

/** How many words a description may run after its determiner ("der Nationalrat aus dem Kanton Schwyz"). */
const REACH = 6;

/** A description read at a determiner: its words (lower case), its span and the gender the determiner gives. */
interface Description {
  words: string[];
  start: number;
  end: number;
  gender: 'm' | 'f' | undefined;
}

/**
 * The person the description that is the subject of cue verb `v` stands for; undefined when the cue has no
 * such description or the text leaves it unresolved. `a`..`b` are the tokens after the quote in its sentence.
 */
export function describedSpeaker(
  c: Ctx,
  open: number,
  span: { a: number; b: number },
  v: number,
): Referent | undefined {
  const lang = language();
  const dets = lang.describers;
  if (!dets) return undefined;
  const verb = must(c.tokens[v], 'verb');
  // "„…“, sagten die Grünen": a plural verb has a group for its subject.
  if (lang.pluralVerb(verb.lower)) return undefined;
  // "“…,” the Dublin TD said" before the verb; "«…», sostuvo la regidora" after it.
  const before = c.tokens.slice(span.a, v).some((t) => !lang.glue.has(t.lower));
  const d = before ? descriptionAt(c, span.a, v, v) : descriptionAt(c, v + 1, span.b, -1);
  if (!d || !plainPerson(d)) return undefined;
  const who = onlyPersonBefore(c, open);
  if (who === undefined) return undefined;
  const e = must(c.idx.entities[who], 'entity');
  if (d.gender && e.gender && d.gender !== e.gender) return undefined;
  if (officeOfAnother(c, d, who)) return undefined;
  return { entity: who, start: d.start, end: d.end };
}

/**
 * The description opening at token `i` ("la regidora", "l’éleveur", "der 58-Jährige"), running to `end` or,
 * when `end` is -1, to the first comma or stop within `limit`; undefined when no determiner of the
 * language's list opens it or a name stands in it ("la hija de Ana Ruiz").
 */
function descriptionAt(c: Ctx, i: number, limit: number, end: number): Description | undefined {
  const dets = must(language().describers, 'describers');
  const first = c.tokens[i];
  if (!first || c.quoted[i]) return undefined;
  // An elided article is one token with its noun: "l’éleveur", "l'avvocata".
  const elided = /^(\p{L}+)['\u2019](\p{L}.*)$/u.exec(first.lower);
  const det = elided ? `${elided[1]}'` : first.lower;
  if (!dets.m.has(det) && !dets.f.has(det) && !dets.any.has(det)) return undefined;
  const words = elided ? [must(elided[2], 'noun')] : [];
  let k = i + 1;
  const stop = end >= 0 ? end : Math.min(limit, i + 1 + REACH);
  for (; k < stop; k++) {
    const t = must(c.tokens[k], 'token');
    const gap = c.text.slice(must(c.tokens[k - 1], 'token').end, t.start);
    if (c.quoted[k] || (end < 0 && /[^\s]/.test(gap))) break;
    if (end >= 0 && /[^\s-]/.test(gap)) return undefined;
    words.push(t.lower);
  }
  if (!words.length) return undefined;
  const last = must(c.tokens[k - 1], 'token');
  // A name inside the description is whose relative or employer it describes, someone else.
  if (c.idx.mentions.some((m) => m.start < last.end && m.end > first.start)) return undefined;
  const gender = dets.m.has(det) ? 'm' : dets.f.has(det) ? 'f' : undefined;
  return { words, start: first.start, end: last.end, gender };
}

/** True when the description is of one person speaking for themselves: no group, body, document or spokesperson. */
function plainPerson(d: Description): boolean {
  const lang = language();
  const b = bodies();
  const head = must(d.words[0], 'head');
  // "the residents", "the TDs": a plural head is a group ("the boss" and "the witness" are not plural).
  if (lang.code === 'en' && /[^s]s$/.test(d.words.at(-1) ?? '') && !ROLE_NOUNS.has(d.words.at(-1) ?? '')) return false;
  // "disse a jornalistas", "dijo a vecinos": after a singular determiner a plural noun means it was a preposition.
  if (lang.code !== 'en' && !lang.capitalisesNouns && /[^s]s$/.test(head)) return false;
  // "el alto tribunal", "la Deutsche Bahn": a body among the first words, its adjective before it or not.
  if (d.words.slice(0, 2).some((w) => lang.isBody(w))) return false;
  return !d.words.some(
    (w) =>
      // "the former prosecutor", "l’ancien maire": someone who no longer holds the office, not its holder.
      lang.pastMarks.has(w) ||
      w.startsWith('ex-') ||
      lang.isSpokesperson(w) ||
      (b !== undefined && (inSet(b, b.documents, w) || inSet(b, b.heads, w) || describesBody(b, w))),
  );
}

/** True when `w` is a word the body lexicon lists for describing an organisation ("the company", "la régie"). */
function describesBody(b: Bodies, w: string): boolean {
  return b.descriptions.has(w);
}

/**
 * The one person named outside quotes, as a sentence's subject, from the start of the paragraph holding the
 * quote at `open` (or of the paragraph before, when the quote opens its own) up to the quote; undefined when
 * no one or several people are named there, or someone unnamed was brought in after them.
 */
function onlyPersonBefore(c: Ctx, open: number): number | undefined {
  const scene = c.d.scene;
  if (!scene) return undefined;
  const { text } = c;
  let from = text.lastIndexOf('\n\n', open - 1);
  from = from < 0 ? 0 : from + 2;
  if (!/\p{L}/u.test(text.slice(from, open))) {
    // A crosshead before the quote's paragraph starts a section: nothing above it is read.
    const before = text.slice(0, Math.max(0, from - 2)).trimEnd();
    if (!/[.:!?\u201d"\u00bb]$/.test(before)) return undefined;
    const p = before.lastIndexOf('\n\n');
    from = p < 0 ? 0 : p + 2;
  }
  // Places and firms the finder could not tell from people ("Castilla-La Mancha") show nothing of a person.
  const inflected = inflectsNames(text);
  const named = namedBetween(scene, c.idx, from, open).filter(
    (id) => must(c.idx.entities[id], 'entity').kind === 'person',
  );
  const shown = named.filter((id) => {
    const e = must(c.idx.entities[id], 'entity');
    return e.gender !== null || hasPersonEvidence(text, e, inflected);
  });
  const people = shown.length ? shown : named;
  if (people.length !== 1) return undefined;
  const who = must(people[0], 'person');
  // "Una vecina que pidió no ser identificada …": someone unnamed came after, and may be the one described.
  if (unnamedSpeakerBefore(text, scene.tokens, scene.quoted, c.idx, open)) return undefined;
  const asSubject = c.idx.mentions.some(
    (m) =>
      m.entity === who &&
      m.start >= from &&
      m.end <= open &&
      !scene.quoted[tokenAt(scene.tokens, m.start)] &&
      isSubject(scene, c.idx, who, sentenceStart(text, m.start)),
  );
  return asSubject && aboutPerson(c, open, who) ? who : undefined;
}

/**
 * True when the words right before the quote are about the person: the quote's own sentence up to it, or else
 * the sentence before, names them or opens on a pronoun ("Er habe nichts zurückgenommen …"). "La obra se
 * atrasó por la lluvia" between the name and the quote leaves the description unsure.
 */
function aboutPerson(c: Ctx, open: number, who: number): boolean {
  const own = sentenceStart(c.text, open);
  const from = /\p{L}/u.test(c.text.slice(own, open)) ? own : previousSentence(c.text, own);
  if (from < 0) return false;
  if (c.idx.mentions.some((m) => m.entity === who && m.start >= from && m.end <= open)) return true;
  const k = tokenAt(c.tokens, from);
  const lang = language();
  // "Vor Journalisten zeigt er Verständnis": a pronoun among the first words is the subject in V2 order.
  for (let i = k; i < k + 3; i++) {
    const t = c.tokens[i];
    if (t && t.start < open && !c.quoted[i] && lang.pronouns[t.lower] !== undefined) return true;
  }
  // "Le maire (sans étiquette) a soutenu le projet": an office opening the sentence goes on about its holder.
  const det = c.tokens[k];
  const noun = c.tokens[k + 1];
  return !!det && !!noun && noun.start < open && lang.articles.has(det.lower) && isTitle(noun.lower);
}

/** True for an office or title word of the language read ("maire", "Sprecherin", "minister"). */
function isTitle(w: string): boolean {
  return ROLE_NOUNS.has(w) || language().isRole(w);
}

/**
 * True when the description's office ("the judge", "la ministra", "der Vorsitzende") is not the person's: the
 * page gave them no such title (in their stated role or before their name), or gave it to someone else too.
 */
function officeOfAnother(c: Ctx, d: Description, who: number): boolean {
  const lang = language();
  const titles = d.words.filter(isTitle);
  if (!titles.length) return false;
  const holds = (e: Entity, w: string) => {
    const role = (e.role ?? '').toLowerCase();
    if (role && (role.split(/[^\p{L}-]+/u).includes(w) || titleFits(role, e.gender, w))) return true;
    return e.mentions.some((m) => titleBefore(c.text, m.start).includes(w));
  };
  const found = must(c.idx.entities[who], 'entity');
  // "Klaus Ohm verlor sein Haus. „…“, sagte der Anwalt der Familie": an office the person was not given.
  if (!titles.some((w) => holds(found, w))) return true;
  return titles.some((w) =>
    c.idx.entities.some((e) => e.id !== who && e.kind === 'person' && e.mentions.length > 0 && holds(e, w)),
  );
}

/** The words (lower case) of the three before position `at` within its sentence: a title written before a name. */
function titleBefore(text: string, at: number): string[] {
  const from = sentenceStart(text, at);
  return text
    .slice(Math.max(from, at - 40), at)
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean)
    .slice(-3);
}
