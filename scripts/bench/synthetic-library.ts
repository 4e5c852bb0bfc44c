/** A large, varied pack for benchmarks: seeded, so every run measures the same library. */
import { PACK_FORMAT, PACK_VERSION } from '../../lib/pack/pack-schema';

const WORDS = (
  'sovereignty territorial integrity security ukraine russia china europe alliance sanctions trade tariffs ' +
  'negotiation ceasefire humanitarian corridor energy gas pipeline grain exports inflation budget reform ' +
  'election parliament coalition minister president spokesperson statement conference summit talks treaty ' +
  'border troops exercise missile nuclear deterrence diplomacy dialogue concerns legitimate respect principle ' +
  'charter united nations council resolution vote veto partner relationship cooperation development climate ' +
  'emissions targets investment infrastructure bank currency reserves debt growth recovery pandemic vaccine'
).split(' ');
const GIVEN = ['Wang', 'Sergey', 'Anna', 'Olaf', 'Emmanuel', 'Ursula', 'Antony', 'Hua', 'Maria', 'Kenji', 'Amara'];
const FAMILY = ['Yi', 'Lavrov', 'Baerbock', 'Scholz', 'Macron', 'Leyen', 'Blinken', 'Chunying', 'Lopez', 'Sato'];
const OUTLETS = ['Reuters', 'Newsweek', 'AP', 'BBC', 'Le Monde', 'Der Spiegel', 'Xinhua', 'TASS'];

/** A deterministic generator (mulberry32), so runs are comparable. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A pack of `statements` statements by `people` people, with a relation every tenth statement. */
export function syntheticPack(statements: number, people: number, seed = 1): Record<string, unknown> {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const persons = Array.from({ length: people }, (_, i) => ({
    id: `p${i}`,
    name: `${pick(GIVEN)} ${pick(FAMILY)} ${i}`,
    aliases: [`${pick(FAMILY)} ${i}`],
    roles: [{ title: `${pick(['Foreign', 'Finance', 'Defence'])} minister`, from: '2019-01-01' }],
  }));
  const said = Array.from({ length: statements }, (_, i) => {
    const length = 12 + Math.floor(rand() * 30);
    const text = Array.from({ length }, () => pick(WORDS)).join(' ');
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `s${i}`,
      personId: `p${i % people}`,
      text: `${text[0]!.toUpperCase()}${text.slice(1)}.`,
      date: day,
      venue: pick(['Press briefing', 'Interview', 'Summit', 'Parliament']),
      sources: [{ url: `https://news.example/${i}`, outlet: pick(OUTLETS) }],
      tags: [pick(WORDS), pick(WORDS)],
    };
  });
  const relations = Array.from({ length: Math.floor(statements / 10) }, (_, i) => ({
    id: `r${i}`,
    fromId: `s${i * 10 + 1}`,
    toId: `s${i * 10}`,
    type: pick(['contradicts', 'qualifies', 'shifts-emphasis', 'reverses', 'consistent-with']),
    note: 'Benchmark relation.',
    labelledBy: 'bench',
  }));
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    meta: { name: 'Benchmark', author: 'bench', licence: 'CC0', date: '2026-01-01' },
    people: persons,
    statements: said,
    relations,
  };
}

/** What a reader types, one keystroke at a time: every prefix of a few words from the library. */
export function typedQueries(count: number, seed = 2): string[] {
  const rand = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const query =
      i % 3 === 0
        ? `${FAMILY[i % FAMILY.length]}`
        : `${WORDS[Math.floor(rand() * WORDS.length)]} ${WORDS[Math.floor(rand() * WORDS.length)]}`;
    for (let n = 1; n <= query.length; n++) out.push(query.slice(0, n));
  }
  return out;
}
