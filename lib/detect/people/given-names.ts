/**
 * Common given names that (almost) always belong to one gender, so "she said" does not land on a
 * Martin or "he said" on a Laura. Only a fallback: honorifics, gendered titles and the pronouns the
 * text itself uses for a person come first. Ambiguous names (Jean, Andrea, Kim, Sasha) are left out.
 */

import { fold } from '@/lib/detect/text/name-spelling';
import { CZECH_GIVEN, czechGiven } from './given-names-cs';
import { FR_EITHER, FR_FEMALE, FR_MALE } from './given-names-fr';
import { ITALIAN_FEMALE, ITALIAN_MALE } from './given-names-it';
import { withoutCaseEnding } from './name-forms';
import type { PeopleIndex } from './people-index';

const FEMALE = new Set([
  ...'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia amy angela anna brenda pamela nicole emma helen samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl hannah martha gloria teresa sara madison kathryn janice abigail sophia grace judy theresa beverly denise marilyn amber danielle rose brittany diana natalie sophie alice julia kamala hillary nikki nancy ursula angela theresa giorgia marine annalena kaja liz priti yvette suella olena yulia irina natalia svetlana tatiana olga elena ekaterina anastasia marina ines isabel carmen lucia sofia fatima aisha amina leila mariam zainab yasmin priya sunita ananya yuki akiko hana jacinda sanna mette magdalena ewa agnieszka claudia gabriela ana francesca chiara giulia amandine beatriz leonor catarina mariana joana filipa raquel'.split(
    ' ',
  ),
  ...FR_FEMALE.map(fold),
]);
const MALE = new Set([
  ...'james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny boris rishi keir emmanuel olaf vladimir sergey sergei dmitry volodymyr qiang narendra recep benjamin joe antony lloyd jake martin hans klaus friedrich wolfgang jurgen giuseppe giovanni marco luca matteo pedro carlos luis miguel javier jorge diego ahmed mohammed muhammad ali omar hassan hussein ibrahim yusuf abdullah khalid rahul amit raj vikram hiroshi takeshi kenji fumio shinzo justin pierre jacques francois nicolas emmanuel rui joao tiago goncalo nuno duarte vasco afonso paulo bruno diogo fabio gianni mauro franck ismael jerome'.split(
    ' ',
  ),
  ...FR_MALE.map(fold),
]);

// Given names of either gender or of no settled one, in many languages, and the family names that open East
// Asian names ("Wang Yi", "Kim Jong-un"): a word here before a surname is evidence of a person, not of a product.
const OTHER = new Set(
  'alex chris pat sam jamie casey lee leslie morgan taylor robin tracy tracey bill will tom tim jim mike chuck phil ben dan dave nick matt pete ted ed fred greg jeff jon ken ron ray don doug jay josh luke steve tony andy al mitch earl marc neil ian colin craig dean derek glen gordon grant guy hal harvey kurt lance leon luther malcolm marcus max milo morris nigel norman oliver oscar owen perry rex ross rupert seth shane shaun shawn simon spencer stanley stuart trevor troy warren wesley elon randall declan emile barry howard hugh leonard ezra ann anne april audrey ava beth caroline charlotte chloe claire clara dana dawn ella ellen erin eva eve fiona gail hazel holly ivy jane jenny jill joanna kate kathleen katie leah lily lucy lynn maggie marie molly monica nina nora paula penny rita rosa ruby sally sonia sylvia tanya tina vera wendy zoe kara naomi alyssa gertrude coco ida laurent olivier philippe alain bernard michel thierry andre didier gerard yves georges isabelle sylvie nathalie brigitte tomas jan jiri petr pavel jakub lukas ondrej vaclav milan josef karel marek michal filip andrzej piotr krzysztof tomasz jacek andrei andrey aleksandr alexei dmitri igor ivan mikhail nikolai oleg yuri viktor андрей александр алексей сергей владимир дмитрий михаил николай иван олег юрий виктор анна мария елена ольга наталья ирина pablo manuel antonio francisco rafael fernando alejandro ricardo sergio raul andres paolo massimo stefano karl ola lars erik wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin luo zheng liang xie song tang han feng deng xi osama hamid karim yasser bashar reza hossein kim park choi jung kang cho yoon jang nguyen tran pham'.split(
    ' ',
  ),
);

for (const name of ITALIAN_FEMALE) FEMALE.add(name);
for (const name of ITALIAN_MALE) MALE.add(name);

const GIVEN = new Set([...FEMALE, ...MALE, ...OTHER, ...FR_EITHER].map(fold));

/** True when `word` is a personal given name (any case, accents ignored; Slavic case endings when `inflected`). */
export function isGivenName(word: string, inflected = false): boolean {
  const key = fold(word);
  if (GIVEN.has(key)) return true;
  if (!inflected) return false;
  // Czech given names count only in texts whose names take cases: "Roman" or "Lada" is no name elsewhere.
  if (CZECH_GIVEN.has(key) || czechGiven(word)) return true;
  const stem = withoutCaseEnding(key);
  if (stem.length < 3 || stem === key) return false;
  // "Tomáše" -> "tomas"; "Андрея" -> "андре" + "и" (й folds to и), "Pavla" -> "pavl" + "el".
  return GIVEN.has(stem) || GIVEN.has(`${stem}и`) || GIVEN.has(`${stem.slice(0, -1)}e${stem.at(-1)}`);
}

/** The gender a (folded) first name almost always has, or null. */
export function givenNameGender(first: string): 'm' | 'f' | null {
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : null;
}

/** Gives people of unknown gender the one their first name almost always has. */
export function genderFromGivenNames(idx: PeopleIndex): void {
  for (const e of idx.entities) {
    if (e.kind !== 'person' || e.gender || !e.first) continue;
    e.gender = givenNameGender(e.first);
  }
}
