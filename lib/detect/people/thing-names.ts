/**
 * Names of things that carry a person's name or read like one: a stadium, street, prize or fund named after
 * someone ("Harold Finch Stadium", "náměstí T. G. Masaryka", "Cenu Karla Engliše"), a football club
 * ("Westmoor Athletic"), a party after a title and an article ("Fraktionsvorsitzender der Bürgerliste").
 * They are bodies or places, never the person the reader looks up.
 */
import type { Token } from '@/lib/detect/text/tokens';

// Last words of English names of places and honours named after someone.
const HEADS_AFTER = new Set(
  'stadium arena avenue boulevard street road bridge square plaza airport station award awards prize prizes medal trophy scholarship fellowship lecture memorial stakes'.split(
    ' ',
  ),
);
// Last words of football clubs' names.
const CLUB_ENDINGS = new Set('athletic united rovers wanderers albion hotspur fc afc cf'.split(' '));
// Words, in their case forms, that stand before a name in languages putting the head first: streets, squares,
// prizes, schools "named after" ("имени", "imienia").
const HEAD_BEFORE =
  /^(?:ulic[eií]|náměstí|nábřeží|třída|třídě|cen[auyěo]u?|nadace|nadaci|letiště|gymnázi[ua]m?|ulic[aęy]|plac[u]?|alej[ai]|nagrod[aęy]|imienia|улиц[аеуы]|проспект[аеу]?|площад[ьи]|преми[июя]|имени|calle|avenida|plaza|paseo|premio|rue|boulevard|prix|lycée|collège|via|viale|piazza)$/iu;
// A definite article between a title and a word: "Vorsitzender der Bürgerliste" names what the title is of.
const ARTICLE = /^(?:der|des|dem|den|the)$/;

/**
 * What the candidate name `tokens` (all of `all`, the text's tokens) names when it is no person: a club (a body
 * that may speak) when it ends in a club's word; a thing (a place or honour, no speaker) when it ends in a place's
 * or honour's word, opens with a head word or stands right after one, or, `titled` by the title before it, is one
 * word after a definite article ("the Fed said" is left to the body it shortens); else null.
 */
export function thingNamed(tokens: Token[], all: Token[], titled: boolean): 'club' | 'thing' | null {
  const head = tokens[0];
  const tail = tokens.at(-1);
  if (!head || !tail) return null;
  if (tokens.length > 1 && CLUB_ENDINGS.has(tail.lower)) return 'club';
  if (tokens.length > 1 && HEADS_AFTER.has(tail.lower)) return 'thing';
  if (tokens.length > 2 && HEAD_BEFORE.test(head.lower)) return 'thing';
  const before = all[head.index - 1];
  if (!before || before.cap || before.end + 1 !== head.start) return null;
  const headed = HEAD_BEFORE.test(before.lower) || (titled && tokens.length === 1 && ARTICLE.test(before.lower));
  return headed ? 'thing' : null;
}
