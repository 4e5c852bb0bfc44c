/**
 * Reads capitalised runs of words as candidate names: tells organisations (by their words, appositions and
 * offices) from people, splits the people of a body off it ("Foreign Ministry Spokesperson Hua"), and leaves
 * the rest to person-run, which splits titles from names ("Russian Foreign Minister" + "Sergei Lavrov").
 */

import { GENDERED, HONORIFICS, NOT_NAME, ORG_WORDS, PLACE_WORDS, ROLE_NOUNS } from '@/lib/detect/text/lexicon';
import type { Token } from '@/lib/detect/text/tokens';
import { lookupWord } from '@/lib/detect/text/word-table';
import { isBareSource } from './anonymous';
import type { Candidate } from './candidate';
import { CONNECTORS, PARTICLES } from './capital-runs';
import { organisationRun } from './organisation-runs';
import { readPeopleRun } from './person-run';
import { isAcronym, isNameToken, lastTitle } from './run-words';

// Lower-case nouns that make the capitalised words before them an organisation ("Time magazine").
const ORG_TYPE_NOUNS = new Set(['magazine', 'newspaper', 'network', 'agency', 'channel', 'broadcaster', 'website']);
// An apposition that describes an organisation ("Weibo, China's main social media service,").
const ORG_APPOSITION =
  /^, (?:(?:a|an|the|its|\p{Lu}[\p{L}.]*[\u2019']s)\s+)(?:(?!(?:spokes\p{L}+|representative|director|head|member|chief)\b)[\p{L}-]+\s+){0,4}(service|platform|network|site|website|app|company|firm|agency|newspaper|magazine|broadcaster|channel|outlet|group|bank|party|union|organi[sz]ation|charity|watchdog|regulator|ministry|department)\b/u;
// A capitalised place followed by a lower-case office: "Morton County sheriff's office", "Dallas police department".
const LOWER_OFFICE =
  /^ ((?:\p{Ll}+[\u2019']s)|police|fire|health|sheriff|transport|education|parks) (office|department|service|agency)\b/u;

/** An organisation candidate from a run, without sentence openers; none when nothing is left. */
function orgCandidate(run: Token[], noun?: string): Candidate[] {
  const tokens = run.filter((t) => !NOT_NAME.has(t.lower));
  return tokens.length ? [{ tokens, kind: 'organisation', titled: false, gender: null, role: null, noun }] : [];
}

/** Reads one capitalised run into person/organisation candidates. */
export function readRun(text: string, run: Token[], tokens: Token[], index: number, common: Set<string>): Candidate[] {
  const head = run[0];
  const tail = run.at(-1);
  if (!head || !tail) return [];
  // A sentence opener that the text also writes in lower case ("Protesters Jane Roe") is not part of a name.
  if (
    run.length > 1 &&
    common.has(head.lower) &&
    !PARTICLES.has(head.lower) &&
    /(?:^|[.!?\n]["\u201d\u2019]?\s*)$/.test(text.slice(0, head.start).slice(-3))
  )
    return readRun(text, run.slice(1), tokens, index + 1, common);
  // "Fuentes del Ministerio": the sources are nobody named; the body after them is a name.
  if (run.length > 1 && isBareSource(head.lower)) return readRun(text, run.slice(1), tokens, index + 1, common);
  const body = organisationRun(text, run);
  if (body) return body;
  // Both patterns open with the characters after the run: most runs are decided by those, without a slice.
  const apposition =
    run.length <= 8 && text.startsWith(', ', tail.end)
      ? ORG_APPOSITION.exec(text.slice(tail.end, tail.end + 80))
      : null;
  if (apposition && (run.length <= 3 || !run.some((t) => HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower))))
    return orgCandidate(run, apposition[1]?.toLowerCase());
  const office = text.charCodeAt(tail.end) === 32 ? LOWER_OFFICE.exec(text.slice(tail.end, tail.end + 40)) : null;
  if (office && !run.some((t) => HONORIFICS.has(t.lower)))
    return orgCandidate(run, office[2]).map((c) => ({ ...c, end: tail.end + office[0].length }));
  const next = tokens[index + run.length];
  if (
    next &&
    !next.cap &&
    ORG_TYPE_NOUNS.has(next.lower) &&
    text.slice(tail.end, next.start) === ' ' &&
    run.length <= 3
  )
    return orgCandidate(run, next.lower);
  // "as CEO says": a title written in capitals is the title, no body's acronym and no one's name.
  if (run.length === 1 && isAcronym(head) && ROLE_NOUNS.has(head.lower)) return [];
  // A word in capitals that the text also writes in lower case is a crosshead's word ("EL TEXTO"), not an acronym.
  const acronym = isAcronym(head) && !common.has(head.lower);
  // "ACLU of Iowa": an acronym heading "of" and a place is a body's chapter, never a person.
  const chapter = acronym && run.length > 2 && run[1]?.lower === 'of';
  if (run.some((t) => ORG_WORDS.has(t.lower)) || (run.length === 1 && acronym) || chapter)
    return readOrgRun(text, run, tokens, index, common);
  return readPeopleRun(text, run, tokens, index);
}

/** Reads a run that holds an organisation's word: the organisation, or people of it ("Alexandra Olgin of NPR"). */
function readOrgRun(text: string, run: Token[], tokens: Token[], index: number, common: Set<string>): Candidate[] {
  const lead = run.findIndex((t) => !NOT_NAME.has(t.lower) && !CONNECTORS.has(t.lower));
  const start = lead < 0 ? run.length : lead;
  const body = run.slice(start);
  const firstOrg = body.findIndex((t) => ORG_WORDS.has(t.lower) || isAcronym(t));
  // "Alexandra Olgin of South Carolina Public Radio": a person of an organisation.
  const link = body.findIndex((t, i) => i >= 2 && i < firstOrg && /^(?:of|at|for)$/.test(t.lower));
  const orgHead = body[link + 1];
  const bodyTail = body.at(-1);
  if (
    link >= 2 &&
    orgHead &&
    bodyTail &&
    body.slice(0, link).every((t) => isNameToken(t) && !PLACE_WORDS.has(t.lower))
  ) {
    const org = text.slice(orgHead.start, bodyTail.end);
    const people = readRun(text, body.slice(0, link), tokens, index + start, common).map((c) => ({
      ...c,
      role: c.role ?? `of ${org}`,
    }));
    return [...people, ...readRun(text, body.slice(link + 1), tokens, index + start + link + 1, common)];
  }
  // A role noun after the organisation ("Foreign Ministry Spokesperson Hua") splits off a person.
  const k = lastTitle(body);
  const bodyHead = body[0];
  const title = body[k];
  if (k > firstOrg && k < body.length - 1 && bodyHead && title) {
    const role = text.slice(bodyHead.start, title.end);
    return readRun(text, body.slice(k + 1), tokens, index + start + k + 1, common).map((c) => ({
      ...c,
      titled: true,
      role: c.role ?? role,
      gender: c.gender ?? lookupWord(GENDERED, title.lower) ?? null,
    }));
  }
  return body.length ? [{ tokens: body, kind: 'organisation', titled: false, gender: null, role: null }] : [];
}
