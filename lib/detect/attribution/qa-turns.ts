/**
 * Interviews laid out as question and answer under one-letter labels: "Q:"/"A:", Italian "D:"/"R:" (domanda,
 * risposta), Portuguese and Spanish "P:"/"R:" (pergunta, pregunta; resposta, respuesta), German "F:"/"A:".
 * The letters name nobody; the answers are the words of the one person the paragraph before the first
 * question introduces ("abbiamo raccolto le parole di Lorenzo De Santis"). Spanish and Portuguese papers also
 * write the letter with a full stop ("P. ¿Qué les dijo?", "R. Poca cosa.") or spell the word out once
 * ("Pregunta. …", "Respuesta. …").
 */
import type { PeopleIndex } from '@/lib/detect/people/people';

/** Question and answer letters that go together, as one sorted string. */
const PAIRS = new Set(['a q', 'd r', 'p r', 'a f', 'q r']);
const ANSWERS = new Set(['a', 'r']);
const PAIRS_LETTERS = new Set([...PAIRS].flatMap((p) => p.split(' ')));

interface Labelled {
  name: string;
  label: { start: number; end: number };
}

// Spelled-out labels and the letter each stands for: Spanish, Portuguese, Italian.
const SPELLED: Record<string, string> = {
  pregunta: 'P',
  respuesta: 'R',
  pergunta: 'P',
  resposta: 'R',
  domanda: 'D',
  risposta: 'R',
};
const DOTTED = /^[ \t]*(\p{Lu}\p{Ll}*)\.(?:[ \t]*[\u2013\u2014-])?[ \t]+(?=\S)/u;

/**
 * A question or answer label closed by a full stop ("P. ", "R.— ", "Pregunta. "): the letter it stands for,
 * where the label sits in the line and where the words start; null for any other line.
 */
export function dottedLabel(line: string): { name: string; at: number; length: number; body: number } | null {
  const m = DOTTED.exec(line);
  const word = m?.[1];
  if (!m || !word) return null;
  const letter = word.length === 1 ? word : SPELLED[word.toLowerCase()];
  if (!letter || !PAIRS_LETTERS.has(letter.toLowerCase())) return null;
  return { name: letter, at: line.indexOf(word), length: word.length, body: m[0].length };
}

/** True when the turns are labelled by exactly one question letter and one answer letter. */
export function isQaPair(turns: Labelled[]): boolean {
  const labels = [...new Set(turns.map((t) => t.name.toLowerCase()))].sort();
  return labels.length === 2 && PAIRS.has(labels.join(' '));
}

/** True for the answer letter of a question-and-answer layout, whose words are the interviewee's. */
export function isAnswer(name: string): boolean {
  return ANSWERS.has(name.toLowerCase());
}

/**
 * The interviewee: the only person named in the paragraph right before the first labelled line, or null when
 * that paragraph names nobody or several people (then nobody is guessed).
 */
export function interviewee(idx: PeopleIndex, turns: Labelled[]): number | null {
  const first = turns[0];
  const text = idx.text;
  if (!first || text === undefined) return null;
  let end = first.label.start;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  if (end === 0) return null;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const ids = new Set<number>();
  for (const m of idx.mentions)
    if (m.start >= start && m.end <= end && idx.entities[m.entity]?.kind === 'person') ids.add(m.entity);
  const [only] = ids;
  const name = only === undefined ? '' : (idx.entities[only]?.name ?? '');
  // A full name ends in a word, not a letter: "Serie D" is a league read as a name.
  return ids.size === 1 && only !== undefined && /\p{L}{2,}$/u.test(name) ? only : null;
}
