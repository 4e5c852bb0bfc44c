import type { Statement } from '@/lib/core/records';
import { quoteWords } from '@/lib/match/quote-text';
import { findSameUtterance } from '@/lib/match/same-utterance';
import type { Pack } from '@/lib/pack/pack-schema';
import { markStorable } from '@/lib/pack/storable';
import type { OnRecordDb, StatementRow } from './database-schema';
import { getKnown } from './known-rows';
import { mergeStatement } from './merge-records';
import { type ConflictChoice, freshId } from './pack-conflicts';
import { toStatement, toStatementRow } from './repos-statements';
import type { WriteCounts } from './write-counts';

/**
 * Plans a pack's statements against the library: each is added, merged into the stored statement it is the same
 * utterance as (same id, same words on the same day, or one quoting part of the other), or, on an id held by
 * another speaker's statement, skipped, replaced or given a fresh id as the reader chose.
 */
export async function planStatements(
  db: OnRecordDb,
  pack: Pack,
  personIds: Map<string, string>,
  now: string,
  counts: WriteCounts,
  choice: ConflictChoice,
) {
  // A statement of a person left out (a kind conflict the reader chose to skip) is left out with them.
  const incoming = pack.statements.flatMap((s) => {
    const personId = personIds.get(s.personId);
    return personId === undefined ? [] : [{ ...s, personId }];
  });
  // Everything the pack's speakers already said: the only statements a new one can be the same as. Records
  // with the pack's ids are among them unless a different person said them; only those are looked up by id.
  const speakers = [...new Set(incoming.map((s) => s.personId))];
  const stored = (await db.statements.count()) > 0;
  const candidates = stored ? await db.statements.where('personId').anyOf(speakers).toArray() : [];
  const read = new Set(candidates.map((s) => s.id));
  const byIdRows = stored
    ? await getKnown(
        db.statements,
        incoming.map((s) => s.id).filter((id) => !read.has(id)),
      )
    : [];
  const current = new Map<string, Statement>();
  // Statements by person and day; words are compared only within one, so most records never need them.
  const sameDay = new Map<string, string[]>();
  const words = new Map<string, string>();
  const wordsOf = (s: Statement) => {
    const known = words.get(s.id);
    if (known !== undefined) return known;
    const found = quoteWords(s.text);
    words.set(s.id, found);
    return found;
  };
  // Same words match only statements there before this import: a library holding one sentence twice (typed
  // twice in the manager) exports both, and its backup must restore both.
  const remember = (s: Statement, stored: boolean) => {
    if (stored && !current.has(s.id)) sameDay.set(dayKey(s), [...(sameDay.get(dayKey(s)) ?? []), s.id]);
    current.set(s.id, s);
    words.delete(s.id);
  };
  const sameWords = (s: Statement) =>
    sameDay.get(dayKey(s))?.find((id) => {
      const stored = current.get(id);
      return stored !== undefined && wordsOf(stored) === wordsOf(s);
    });
  const storedRows = new Map<string, StatementRow>();
  for (const row of [...candidates, ...byIdRows]) {
    if (!row) continue;
    storedRows.set(row.id, row);
    remember(toStatement(row), true);
  }
  const overlapping = overlapIndex([...current.values()]);
  const mapped = new Map<string, string>();
  const changed = new Set<string>();
  for (const s of incoming) {
    let full: Statement = markStorable({ ...s, createdAt: s.createdAt ?? now, updatedAt: s.updatedAt ?? now });
    const clash = current.get(s.id);
    if (clash && clash.personId !== s.personId && !mapped.has(s.id)) {
      counts.conflicts.push({ id: s.id, incoming: s.text, stored: clash.text });
      if (choice === 'skip') continue;
      if (choice === 'replace') {
        counts.statements.added++;
        current.set(s.id, full);
        changed.add(s.id);
        mapped.set(s.id, s.id);
        continue;
      }
      full = markStorable({ ...full, id: freshId(s.id, current) });
    }
    const existingId = current.has(full.id) ? full.id : (sameWords(full) ?? overlapping(full));
    words.delete(full.id);
    const existing = existingId ? current.get(existingId) : undefined;
    const statement = existing ? mergeStatement(existing, full, now) : full;
    counts.statements[existing ? 'merged' : 'added']++;
    if (statement !== existing) changed.add(statement.id);
    remember(statement, false);
    mapped.set(s.id, statement.id);
  }
  const rows = [...changed].flatMap((id) => {
    const statement = current.get(id);
    return statement ? [toStatementRow(statement)] : [];
  });
  return { ids: mapped, rows, stored: storedRows };
}

/**
 * Finds, among the statements stored before the import, one a pack statement quotes part of (or more of): the
 * same utterance, by the same person, on the same day or reported at the same address. Only those few are
 * compared, so a large pack stays linear; statements within one pack are compared by their whole words only.
 */
function overlapIndex(stored: Statement[]): (s: Statement) => string | undefined {
  const near = new Map<string, Statement[]>();
  const add = (key: string, s: Statement) => near.set(key, [...(near.get(key) ?? []), s]);
  for (const s of stored) {
    add(dayKey(s), s);
    for (const src of s.sources) add(`${s.personId}\u0000${src.url}`, s);
  }
  return (s) => {
    const keys = [dayKey(s), ...s.sources.map((src) => `${s.personId}\u0000${src.url}`)];
    const candidates = [...new Set(keys.flatMap((k) => near.get(k) ?? []))];
    return candidates.length ? findSameUtterance(s, candidates)?.id : undefined;
  };
}

/** Same person, same day (or both undated). */
function dayKey(s: Statement): string {
  return `${s.personId}\u0000${s.date ?? ''}`;
}
