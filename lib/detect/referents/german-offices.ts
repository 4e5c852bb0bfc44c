/**
 * German news names an officeholder once by title and then by another word for the same office: the
 * "Bürgermeisterin" becomes "die Rathauschefin", the "Oberbürgermeister" "das Stadtoberhaupt", the
 * "Geschäftsführer" "der Firmenchef". Each class lists the masculine forms; "-in" makes the feminine.
 */

// Titles that stand for one another, one office a string.
const CLASSES = [
  'bürgermeister oberbürgermeister rathauschef stadtoberhaupt gemeindeoberhaupt ortschef stadtchef',
  'landrat kreischef',
  'ministerpräsident landeschef regierungschef landeshauptmann',
  'geschäftsführer firmenchef unternehmenschef konzernchef vorstandschef vorstandsvorsitzender',
  'betriebsratsvorsitzender betriebsratschef',
  'kammerpräsident kammerchef',
  'bundeskanzler kanzler regierungschef',
].map((c) => new Set(c.split(' ')));

/** The masculine form of a German title: "Rathauschefin" is listed as "rathauschef". */
function base(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('vorsitzende')) return `${w}r`;
  return w.endsWith('in') && w.length > 5 ? w.slice(0, -2) : w;
}

/** True when title `head` names the same office as one of the words of `role` ("Rathauschefin", "Bürgermeisterin"). */
export function sameOffice(head: string, role: string): boolean {
  const h = base(head);
  const words = role.split(/[\s-]+/).map(base);
  return CLASSES.some((c) => c.has(h) && words.some((w) => c.has(w)));
}
