/**
 * Finds the people and organisations a text names: runs of capitalised words, split from the titles
 * before them ("Russian Foreign Minister" + "Sergei Lavrov"), told apart from places and organisations,
 * with every later mention (surname, honorific + surname, transliteration variant) merged into one entity.
 */
import { GENDERED, HONORIFICS, NOT_NAME, ORG_WORDS, PLACE_WORDS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon';
import { roleAfter, roleBefore } from './roles';
import { type Token, tokenize } from './tokens';

/** A person or organisation with every mention that names it. */
export interface Entity {
  id: number;
  kind: 'person' | 'organisation';
  name: string;
  surname: string;
  /** Folded first name when the name has several words, else "". */
  first: string;
  gender: 'm' | 'f' | null;
  role: string | null;
  /** Common nouns the text uses for an organisation ("group", "magazine"), for "the group said". */
  nouns: string[];
  aliases: string[];
  mentions: { start: number; end: number }[];
}

/** One place where the text names an entity. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
}

/** All entities of a text and their mentions in text order. */
export interface PeopleIndex {
  entities: Entity[];
  mentions: Mention[];
}

const PLACE_PREPOSITIONS = new Set([
  'in',
  'from',
  'near',
  'across',
  'outside',
  'inside',
  'throughout',
  'towards',
  'toward',
  'into',
]);
// Lower-case nouns that make the capitalised words before them an organisation ("Time magazine").
const ORG_TYPE_NOUNS = new Set(['magazine', 'newspaper', 'network', 'agency', 'channel', 'broadcaster', 'website']);
// An apposition that describes an organisation ("Weibo, China's main social media service,").
const ORG_APPOSITION =
  /^, (?:(?:a|an|the|its|\p{Lu}[\p{L}.]*[\u2019']s)\s+)(?:[\p{L}-]+\s+){0,4}(service|platform|network|site|website|app|company|firm|agency|newspaper|magazine|broadcaster|channel|outlet|group|bank|party|union|organi[sz]ation|charity|watchdog|regulator|ministry|department)\b/u;
// A capitalised place followed by a lower-case office: "Morton County sheriff's office", "Dallas police department".
const LOWER_OFFICE =
  /^ ((?:\p{Ll}+[\u2019']s)|police|fire|health|sheriff|transport|education|parks) (office|department|service|agency)\b/u;
// Words that begin place names ("North Dakota", "San Francisco").
const PLACE_PREFIXES = new Set(
  'north south east west northern southern eastern western new san santa los las saint fort mount great upper lower'.split(
    ' ',
  ),
);
const PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'da', 'del', 'der', 'la', 'le', 'ibn', 'di', 'du']);
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'on', '&']);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Edit distance of at most one (Sergei/Sergey, Mohammed/Muhammed would need two). */
function nearSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

const isAcronym = (t: Token) =>
  /^\p{Lu}{2,6}$/u.test(t.text) && !['US', 'UK', 'EU', 'UN', 'TV', 'AM', 'PM'].includes(t.text);
const isNameToken = (t: Token) =>
  t.cap && !NOT_NAME.has(t.lower) && !/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text.replace(/[.\-']/g, ''));

/** Groups tokens into runs of capitalised words joined by single spaces (and name particles or connectors). */
function capitalRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !run[run.length - 1]!.cap) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const joined = prev && /^ $/.test(text.slice(prev.end, t.start)) && !prev.possessive;
    if (!joined) flush();
    if (t.cap || (run.length && (PARTICLES.has(t.lower) || CONNECTORS.has(t.lower)))) run.push(t);
    else flush();
  }
  flush();
  return runs;
}

/** Index of the last title token (honorific, role noun, role word) in a run, or -1. */
function lastTitle(run: Token[]): number {
  let k = -1;
  run.forEach((t, i) => {
    if (HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower)) k = i;
  });
  return k;
}

interface Candidate {
  tokens: Token[];
  kind: 'person' | 'organisation';
  titled: boolean;
  gender: 'm' | 'f' | null;
  role: string | null;
  /** What kind of organisation the text calls it ("group", "magazine"). */
  noun?: string;
  /** Where the name ends when it runs on in lower case ("Morton County sheriff's office"). */
  end?: number;
}

/** An organisation candidate from a run, without sentence openers; none when nothing is left. */
function orgCandidate(run: Token[], noun?: string): Candidate[] {
  const tokens = run.filter((t) => !NOT_NAME.has(t.lower));
  return tokens.length ? [{ tokens, kind: 'organisation', titled: false, gender: null, role: null, noun }] : [];
}

/** Reads one capitalised run into person/organisation candidates. */
function readRun(text: string, run: Token[], tokens: Token[], index: number, common: Set<string>): Candidate[] {
  // A sentence opener that the text also writes in lower case ("Protesters Jane Roe") is not part of a name.
  if (
    run.length > 1 &&
    common.has(run[0]!.lower) &&
    /(?:^|[.!?\n]["\u201d\u2019]?\s*)$/.test(text.slice(0, run[0]!.start).slice(-3))
  )
    return readRun(text, run.slice(1), tokens, index + 1, common);
  const lowers = run.map((t) => t.lower);
  const apposition = run.length <= 8 ? ORG_APPOSITION.exec(text.slice(run.at(-1)!.end, run.at(-1)!.end + 80)) : null;
  if (apposition && (run.length <= 3 || !run.some((t) => HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower))))
    return orgCandidate(run, apposition[1]!.toLowerCase());
  const office = LOWER_OFFICE.exec(text.slice(run.at(-1)!.end, run.at(-1)!.end + 40));
  if (office && !run.some((t) => HONORIFICS.has(t.lower)))
    return orgCandidate(run, office[2]).map((c) => ({ ...c, end: run.at(-1)!.end + office[0].length }));
  const next = tokens[index + run.length];
  if (
    next &&
    !next.cap &&
    ORG_TYPE_NOUNS.has(next.lower) &&
    text.slice(run.at(-1)!.end, next.start) === ' ' &&
    run.length <= 3
  )
    return orgCandidate(run, next.lower);
  if (lowers.some((l) => ORG_WORDS.has(l)) || (run.length === 1 && isAcronym(run[0]!))) {
    let start = 0;
    while (start < run.length && (NOT_NAME.has(run[start]!.lower) || CONNECTORS.has(run[start]!.lower))) start++;
    const body = run.slice(start);
    const firstOrg = body.findIndex((t) => ORG_WORDS.has(t.lower) || isAcronym(t));
    // A role noun after the organisation ("Foreign Ministry Spokesperson Hua") splits off a person.
    const k = lastTitle(body);
    if (k > firstOrg && k < body.length - 1) {
      const role = text.slice(body[0]!.start, body[k]!.end);
      return readRun(text, body.slice(k + 1), tokens, index + start + k + 1, common).map((c) => ({
        ...c,
        titled: true,
        role: c.role ?? role,
        gender: c.gender ?? GENDERED[body[k]!.lower] ?? null,
      }));
    }
    return body.length ? [{ tokens: body, kind: 'organisation', titled: false, gender: null, role: null }] : [];
  }
  const out: Candidate[] = [];
  // Split on connectors: "Wang Yi and Sergey Lavrov" names two people.
  let part: Token[] = [];
  const parts: Token[][] = [];
  for (const t of run) {
    if (CONNECTORS.has(t.lower)) {
      if (part.length) parts.push(part);
      part = [];
    } else part.push(t);
  }
  if (part.length) parts.push(part);
  for (const p of parts) {
    const k = lastTitle(p);
    let name = p.slice(k + 1);
    let placeFirst = false;
    while (
      name.length &&
      (!isNameToken(name[0]!) ||
        ((PLACE_WORDS.has(name[0]!.lower) || ROLE_MODIFIERS.has(name[0]!.lower)) && name.length > 1))
    ) {
      placeFirst ||= PLACE_PREFIXES.has(name[0]!.lower) && k < 0;
      name = name.slice(1);
    }
    // "North Dakota" leaves "Dakota": what follows a place word is part of a place, not a name.
    if (!name.length || name.length > 4 || placeFirst) continue;
    // Plural demonyms ("Native Americans", "the Japanese") name groups, not people.
    if (k < 0 && /(?:ans|ese)$/.test(name.at(-1)!.lower) && name.at(-1)!.lower !== 'hans') continue;
    const titleTokens = p.slice(0, k + 1);
    // Untitled, a place word marks a place ("North Dakota"); after a title it is a surname ("Minister Lena Park").
    if (name.some((t) => !isNameToken(t) || (k < 0 && name.length > 1 && PLACE_WORDS.has(t.lower)))) continue;
    let gender: 'm' | 'f' | null = null;
    for (const t of titleTokens) gender = GENDERED[t.lower] ?? gender;
    const before = tokens[index - 1];
    const titledBefore =
      !!before && !before.cap && ROLE_NOUNS.has(before.lower) && text.slice(before.end, p[0]!.start) === ' ';
    if (titledBefore) gender = GENDERED[before.lower] ?? gender;
    const titled = k >= 0 || titledBefore;
    const roleTokens = titleTokens.filter((t) => !HONORIFICS.has(t.lower));
    let role: string | null = roleTokens.length ? text.slice(roleTokens[0]!.start, roleTokens.at(-1)!.end) : null;
    role = roleBefore(text, tokens, index, roleTokens.length ? role : null) ?? role;
    const afterRole = roleAfter(text, name.at(-1)!.end);
    out.push({ tokens: name, kind: 'person', titled, gender, role: role ?? afterRole });
  }
  return out;
}

/** Finds people and organisations and merges their mentions. */
export function findPeople(text: string, tokens: Token[] = tokenize(text)): PeopleIndex {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const singles: { c: Candidate; start: number; end: number }[] = [];
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.text));
  const runs = capitalRuns(text, tokens);
  // Names that follow "in", "from", "near" are places; the same words are places elsewhere too.
  const places = new Set<string>();
  for (const run of runs) {
    const before = tokens[run[0]!.index - 1];
    if (before && PLACE_PREPOSITIONS.has(before.lower) && !run.at(-1)!.possessive)
      places.add(text.slice(run[0]!.start, run.at(-1)!.end));
  }
  for (const run of runs) {
    for (const c of readRun(text, run, tokens, run[0]!.index, lowerWords)) {
      const start = c.tokens[0]!.start;
      const end = c.end ?? c.tokens.at(-1)!.end;
      const name = text.slice(start, end);
      if (c.kind === 'person' && !c.titled && !c.role && c.tokens.length > 1) {
        // Places, and capitalised common words ("Cold War", a Title Case headline), are not names.
        if (places.has(name) || lowerWords.has(c.tokens.at(-1)!.lower)) continue;
      }
      if (c.kind === 'organisation') {
        const org = addOrg(entities, mentions, name, start, end);
        if (c.noun && !org.nouns.includes(c.noun)) org.nouns.push(c.noun);
        continue;
      }
      if (c.tokens.length === 1) {
        singles.push({ c, start, end });
        continue;
      }
      const first = fold(c.tokens[0]!.text);
      const surname = fold(c.tokens.at(-1)!.text);
      const same = entities.find(
        (e) =>
          (e.kind === 'person' && e.name.endsWith(` ${name}`)) ||
          (e.kind === 'person' &&
            e.surname === surname &&
            (e.first ? nearSpelling(e.first, first) : !e.gender || e.gender === c.gender)),
      );
      // A capitalised sentence opener glued to a known name ("Later Sergei Lavrov") is not part of it.
      const shorter =
        same || c.tokens.length < 3
          ? undefined
          : entities.find(
              (e) =>
                e.kind === 'person' &&
                e.surname === surname &&
                e.first &&
                nearSpelling(e.first, fold(c.tokens[1]!.text)),
            );
      const ent = same ?? shorter ?? newEntity(entities, 'person', name, surname);
      if (same && name.length > same.name.length && !same.first) {
        same.name = name;
        same.first = first;
      }
      ent.gender ??= c.gender;
      ent.role ??= c.role;
      addMention(ent, mentions, name, start, end);
    }
  }
  // Surnames alone (and "Mr. Trump") attach to the full name they abbreviate, matching gender when known.
  for (const { c, start, end } of singles) {
    const word = fold(c.tokens[0]!.text);
    const options = entities.filter((e) => e.kind === 'person' && (e.surname === word || e.first === word));
    const fit = options.filter((e) => !c.gender || !e.gender || e.gender === c.gender);
    let ent = fit.at(-1) ?? null;
    if (!ent) {
      const org = entities.find((e) => e.kind === 'organisation' && orgAbbreviates(e.name, c.tokens[0]!.text));
      if (org) {
        addMention(org, mentions, text.slice(start, end), start, end);
        continue;
      }
      if (!c.titled) continue;
      ent = newEntity(entities, 'person', c.tokens[0]!.text, word);
    }
    ent.gender ??= c.gender;
    ent.role ??= c.role;
    addMention(ent, mentions, text.slice(start, end), start, end);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** True when `word` is a short form of organisation `name` ("Fed" for "Federal Reserve"). */
function orgAbbreviates(name: string, word: string): boolean {
  if (word.length < 3) return false;
  const words = name.split(/\s+/);
  return words.some((w) => w !== word && w.startsWith(word)) || words.map((w) => w[0]).join('') === word;
}

function newEntity(entities: Entity[], kind: Entity['kind'], name: string, surname: string): Entity {
  const first = name.includes(' ') && kind === 'person' ? fold(name.split(' ')[0]!) : '';
  const e: Entity = {
    id: entities.length,
    kind,
    name,
    surname,
    first,
    gender: null,
    role: null,
    nouns: [],
    aliases: [],
    mentions: [],
  };
  entities.push(e);
  return e;
}

function addMention(e: Entity, mentions: Mention[], form: string, start: number, end: number) {
  if (form !== e.name && !e.aliases.includes(form)) e.aliases.push(form);
  e.mentions.push({ start, end });
  mentions.push({ start, end, entity: e.id });
}

function addOrg(entities: Entity[], mentions: Mention[], name: string, start: number, end: number) {
  const key = fold(name).replace(/^the /, '');
  // For organisations `surname` holds the folded name, so lookups need no re-normalising.
  let e = entities.find((x) => x.kind === 'organisation' && (x.surname === key || x.surname.endsWith(` ${key}`)));
  if (!e) {
    e = entities.find((x) => x.kind === 'organisation' && key.endsWith(` ${x.surname}`));
    if (e) {
      e.aliases.push(e.name);
      e.name = name;
      e.surname = key;
    }
  }
  e ??= newEntity(entities, 'organisation', name, key);
  addMention(e, mentions, name, start, end);
  return e;
}
