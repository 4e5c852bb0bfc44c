/**
 * Given names common among people German-language news quotes, by the gender they (almost) always have.
 * German refers back by gender ("sagte die Ministerin", "sagt der 61-Jährige", "sagte sie"), so knowing a
 * Gisela is a woman and a Jörg a man keeps such a phrase off the wrong person. Ambiguous names are left out.
 */
import { language } from '@/lib/detect/text/language';
import { fold } from '@/lib/detect/text/name-spelling';
import type { PeopleIndex } from './people-index';

const FEMALE = new Set(
  'annegret angelika anke annette antje astrid barbara beate bettina birgit brigitte carola christa christiane claudia cornelia dagmar doris dorothea elke erika franziska frieda gabriele gerda gisela gudrun hannelore heike helga hildegard ilse ines ingrid irmgard jana jutta karin katharina katja katrin kerstin kirsten lena manuela marion martina melanie miriam monika nadine petra regina renate sabine sandra silke simone stefanie susanne svenja tanja ulrike ursula ute veronika waltraud wiebke yvonne'
    .split(' ')
    .map(fold),
);
const MALE = new Set(
  'andreas armin axel bernd burkhard christoph detlef dieter dirk egon ernst florian frank gerd gerhard günter günther hans-jürgen harald heiko heinz helmut henrik herbert holger horst jens joachim jochen jonas jörg jürgen kai klaus lothar lutz manfred markus matthias norbert olaf ralf rainer reinhard rolf rüdiger sebastian siegfried stefan steffen sven thorsten tobias torsten udo ulrich uwe volker werner wilfried wolfgang'
    .split(' ')
    .map(fold),
);

/** The gender a German given name almost always has, if it is one of the common ones. */
export function germanNameGender(first: string): 'm' | 'f' | undefined {
  const key = fold(first);
  return FEMALE.has(key) ? 'f' : MALE.has(key) ? 'm' : undefined;
}

/**
 * Gives people of unknown gender, in a German text, the one their given name almost always has. It runs
 * before the pronouns are read: German "er" and "sie" also stand for things ("der Plan", "die Stadt").
 */
export function genderFromGermanNames(idx: PeopleIndex): void {
  if (language().code !== 'de') return;
  for (const e of idx.entities) {
    if (e.kind !== 'person' || e.gender || !e.first) continue;
    e.gender = germanNameGender(e.first) ?? null;
  }
}
