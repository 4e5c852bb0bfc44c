/**
 * The choices the filter menus offer, kept up to date after each edit without re-reading the whole library:
 * the page asks for them after every change to a library of up to 100,000 statements.
 */

import { finishInSteps, finishNow, type Steps } from '@/lib/core/in-steps';
import { changeOf, type LibraryData } from '@/lib/core/library-model';
import type { Statement } from '@/lib/core/records';
import { outletsOf } from './outlets';

/** The tag and outlet menus. */
export interface FilterChoices {
  tags: string[];
  outlets: string[];
}

/** Counts behind the menus, so a change that only moves counts keeps the menus as they are. */
interface Tally {
  statements: Statement[];
  byId: Map<string, Statement>;
  /** Lowercased tag -> each spelling used -> how many statements use it. */
  tags: Map<string, Map<string, number>>;
  outlets: Map<string, number>;
  choices: FilterChoices;
}

let last: Tally | null = null;

/**
 * Every tag (first spelling seen, in library order) and outlet in the library, sorted. Remembers its last
 * answer: when the new library differs by a few statements whose tags and outlets are already on the menus
 * (and spelled one way), only counts move and the same menus are returned; anything else is worked out again.
 */
export function filterChoices(data: LibraryData): FilterChoices {
  if (last?.statements === data.statements) return last.choices;
  last = (last && patch(last, data)) ?? finishNow(tally(data.statements));
  return last.choices;
}

/**
 * Works the menus out as `filterChoices` does, across tasks: after a bulk change (a 100,000-statement
 * subscription landing, each source's host parsed) they are then ready before the page draws.
 */
export async function prepareFilterChoices(data: LibraryData): Promise<void> {
  if (last?.statements === data.statements) return;
  const prev = last;
  const next = (prev && patch(prev, data)) ?? (await finishInSteps(tally(data.statements)));
  if (last === prev) last = next;
}

/** Statements tallied between two points where a stepped tally may pause. */
const STEP = 500;

function* tally(statements: Statement[]): Steps<Tally> {
  const tags = new Map<string, Map<string, number>>();
  const outlets = new Map<string, number>();
  const byId = new Map<string, Statement>();
  const first = new Map<string, string>();
  for (const s of statements) {
    byId.set(s.id, s);
    for (const t of s.tags) {
      const key = t.toLowerCase();
      if (!first.has(key)) first.set(key, t);
      bump(tags, key, t, 1);
    }
    for (const o of outletsOf(s)) outlets.set(o, (outlets.get(o) ?? 0) + 1);
    if (byId.size % STEP === 0) yield;
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  const choices = { tags: [...first.values()].sort(byText), outlets: [...outlets.keys()].sort(byText) };
  return { statements, byId, tags, outlets, choices };
}

/** Moves the counts for the statements that changed, or null when the menus themselves may change. */
function patch(prev: Tally, data: LibraryData): Tally | null {
  const { statements } = data;
  const gone: Statement[] = [];
  const came: Statement[] = [];
  const hint = changeOf(data);
  let byId: Map<string, Statement>;
  if (hint?.previous.statements === prev.statements && hint.statements.size <= 500) {
    // The store says which statements changed: patch the previous map instead of comparing all.
    byId = prev.byId;
    for (const [id, s] of hint.statements) {
      const before = byId.get(id);
      if (before) gone.push(before);
      if (s) {
        came.push(s);
        byId.set(id, s);
      } else byId.delete(id);
    }
  } else {
    byId = new Map<string, Statement>();
    for (const s of statements) {
      byId.set(s.id, s);
      const before = prev.byId.get(s.id);
      if (before === s) continue;
      if (before) gone.push(before);
      came.push(s);
      if (came.length > 500) return null;
    }
    if (byId.size !== prev.byId.size || came.length > 0)
      for (const [id, s] of prev.byId) if (!byId.has(id)) gone.push(s);
  }
  const tags = new Map([...tagKeys(gone), ...tagKeys(came)].map((k) => [k, new Map(prev.tags.get(k) ?? [])]));
  const outlets = new Map<string, number>();
  const count = (o: string) => outlets.get(o) ?? prev.outlets.get(o) ?? 0;
  const apply = (s: Statement, by: number) => {
    for (const t of s.tags) bump(tags, t.toLowerCase(), t, by);
    for (const o of outletsOf(s)) outlets.set(o, count(o) + by);
  };
  for (const s of gone) apply(s, -1);
  for (const s of came) apply(s, 1);
  // The menus stay when no entry appears or disappears and no touched tag is spelled more than one way.
  for (const [key, spellings] of tags) {
    const before = prev.tags.get(key);
    const used = [...spellings.values()].filter((n) => n > 0).length;
    if (used !== 1 || !before || [...before.values()].filter((n) => n > 0).length !== 1) return null;
    if ([...spellings].find(([, n]) => n > 0)![0] !== [...before].find(([, n]) => n > 0)![0]) return null;
  }
  for (const [o, n] of outlets) if (n <= 0 || !prev.outlets.has(o)) return null;
  for (const [key, spellings] of tags) prev.tags.set(key, spellings);
  for (const [o, n] of outlets) prev.outlets.set(o, n);
  return { statements, byId, tags: prev.tags, outlets: prev.outlets, choices: prev.choices };
}

function tagKeys(statements: Statement[]): string[] {
  return statements.flatMap((s) => s.tags.map((t) => t.toLowerCase()));
}

function bump(tags: Map<string, Map<string, number>>, key: string, spelling: string, by: number): void {
  let spellings = tags.get(key);
  if (!spellings) {
    spellings = new Map();
    tags.set(key, spellings);
  }
  spellings.set(spelling, (spellings.get(spelling) ?? 0) + by);
}
