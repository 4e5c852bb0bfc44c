/**
 * Common given names that (almost) always belong to one gender, so "she said" does not land on a
 * Martin or "he said" on a Laura. Only a fallback: honorifics, gendered titles and the pronouns the
 * text itself uses for a person come first. Ambiguous names (Jean, Andrea, Kim, Sasha) are left out.
 */
import type { PeopleIndex } from './people';

const FEMALE = new Set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia amy angela anna brenda pamela nicole emma helen samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl hannah martha gloria teresa sara madison kathryn janice abigail sophia grace judy theresa beverly denise marilyn amber danielle rose brittany diana natalie sophie alice julia kamala hillary nikki nancy ursula angela theresa giorgia marine annalena kaja liz priti yvette suella olena yulia irina natalia svetlana tatiana olga elena ekaterina anastasia marina ines isabel carmen lucia sofia fatima aisha amina leila mariam zainab yasmin priya sunita ananya yuki akiko hana jacinda sanna mette magdalena ewa agnieszka claudia gabriela ana francesca chiara giulia'.split(
    ' ',
  ),
);
const MALE = new Set(
  'james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny boris rishi keir emmanuel olaf vladimir sergey sergei dmitry volodymyr qiang narendra recep benjamin joe antony lloyd jake martin hans klaus friedrich wolfgang jurgen giuseppe giovanni marco luca matteo pedro carlos luis miguel javier jorge diego ahmed mohammed muhammad ali omar hassan hussein ibrahim yusuf abdullah khalid rahul amit raj vikram hiroshi takeshi kenji fumio shinzo justin pierre jacques francois nicolas emmanuel'.split(
    ' ',
  ),
);

/** Gives people of unknown gender the one their first name almost always has. */
export function genderFromGivenNames(idx: PeopleIndex): void {
  for (const e of idx.entities) {
    if (e.kind !== 'person' || e.gender || !e.first) continue;
    if (FEMALE.has(e.first)) e.gender = 'f';
    else if (MALE.has(e.first)) e.gender = 'm';
  }
}
