/**
 * Bundled by scripts/bench-hover.ts into the manager page (the extension's origin, the same IndexedDB the
 * background reads): times each step of the card lookup for one quote on the real library, so the table
 * shows where the time between the card's first draw and the library's answer goes.
 */

import { forgetRememberedReads, loadCard, relationsAmong } from '../lib/background/card-lookup';
import { OnRecordDb } from '../lib/db/database-schema';
import { findPeopleByNames, relationsOf, statementsOfPerson } from '../lib/db/repos';
import { matchQuote } from '../lib/match/quote-context';

/** One quote to look up, as the page gives it. */
export interface LookupProbe {
  speaker: string;
  text: string;
  publishedAt: string;
}

/** Milliseconds per step of one lookup. */
export type LookupTimes = Record<
  'people' | 'statements' | 'relationsByIndex' | 'relations' | 'match' | 'first' | 'remembered',
  number
> & {
  statementCount: number;
};

async function timeLookup(db: OnRecordDb, probe: LookupProbe): Promise<LookupTimes> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const [person] = await findPeopleByNames(db, [probe.speaker]);
  const people = lap();
  if (!person) throw new Error(`no ${probe.speaker} in the library`);
  const statements = await statementsOfPerson(db, person.id);
  const statementsMs = lap();
  const ids = statements.map((s) => s.id);
  await relationsOf(db, ids);
  const relationsByIndex = lap();
  forgetRememberedReads();
  const relations = await relationsAmong(db, ids);
  const relationsMs = lap();
  matchQuote(probe.text, statements, relations, probe.publishedAt);
  const match = lap();
  const show = {
    quote: { id: 'q', text: probe.text, kind: 'direct' as const, speaker: probe.speaker, prefix: '', suffix: '' },
    page: { url: 'https://example.org/', title: 'bench', outlet: null, publishedAt: probe.publishedAt },
    people: [{ name: probe.speaker, role: null, aliases: [], kind: 'person' as const }],
  };
  forgetRememberedReads();
  lap();
  await loadCard(db, show);
  const first = lap();
  await loadCard(db, show);
  return {
    people,
    statements: statementsMs,
    relationsByIndex,
    relations: relationsMs,
    match,
    first,
    remembered: lap(),
    statementCount: statements.length,
  };
}

(globalThis as { timeLookups?: (probes: LookupProbe[], repeats: number) => Promise<LookupTimes[][]> }).timeLookups =
  async (probes, repeats) => {
    const db = new OnRecordDb();
    try {
      const out: LookupTimes[][] = probes.map(() => []);
      for (let r = 0; r < repeats; r++) for (const [i, p] of probes.entries()) out[i]!.push(await timeLookup(db, p));
      return out;
    } finally {
      db.close();
    }
  };
