/**
 * "Die Reform sei richtig, sagte die Ministerin. Die Mittel seien gebunden. Verantwortlich sei der Markt. »…«":
 * German news carries one speaker's report on over several subjunctive sentences before quoting them. Those
 * sentences are that speaker's words, so they do not make the cue before them any less sure.
 */
import { tokenAt } from '@/lib/detect/cues/cue-scan';
import { subjunctive } from '@/lib/detect/cues/reported-speech';
import { previousSentence, type Scene } from '@/lib/detect/referents/salience';
import { language } from '@/lib/detect/text/language';
import { sentenceStart } from '@/lib/detect/text/sentences';

/** The sentences that count between a cue ending at `from` and a quote at `to`, `back` as counted plainly. */
export function reportedBack(scene: Scene, from: number, to: number, back: number): number {
  if (language().code !== 'de' || back < 2) return back;
  const { text, tokens } = scene;
  const first = sentenceStart(text, from);
  let end = sentenceStart(text, to);
  for (let p = previousSentence(text, end); p > first; p = previousSentence(text, end)) {
    if (text.slice(p, end).trimEnd().includes('\n')) return back;
    if (!subjunctive(scene, tokenAt(tokens, p), tokenAt(tokens, end))) return back;
    end = p;
  }
  return 1;
}
