/**
 * `npm run bench -- --browser --stages`: where a warm page analysis spends its time by stage of detection
 * (language guess, tokens, names, quote marks, cues, referents, sentences…), summed over every page, from
 * Chromium's sampling profiler with the analysis bundled unminified so functions keep their names. A sample
 * counts for the innermost stage on its stack, so a sentence split asked by a cue scan counts as sentences.
 */
import type { BrowserContext } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

/** The stage each function stands for; a function absent here counts for the stage of its nearest caller. */
const STAGES: Record<string, string> = {
  findArticleRoot: 'page read: article root',
  buildTextMap: 'page read: text map',
  pickLanguage: 'language guess',
  tokenize: 'tokens',
  tokensOutside: 'tokens',
  creditLines: 'credits and bylines',
  blankOut: 'credits and bylines',
  withoutMentionsIn: 'credits and bylines',
  bylines: 'credits and bylines',
  findPeople: 'names and people',
  capitalRuns: 'names: capitalised runs',
  findTurns: 'turns (Q/A)',
  applyTurns: 'turns (Q/A)',
  findQuotes: 'quote marks',
  withBlockQuotes: 'quote marks',
  attributeSpeakers: 'attribution (rest)',
  inferGenders: 'salience (genders, organisations)',
  inferOrganisations: 'salience (genders, organisations)',
  genderFromGivenNames: 'salience (genders, organisations)',
  genderFromGermanNames: 'salience (genders, organisations)',
  insertCue: 'cues',
  cueAfter: 'cues',
  cueBefore: 'cues',
  commaInsertBefore: 'cues',
  subjectBefore: 'cues',
  referentAt: 'referents',
  sentenceStart: 'sentence split',
  sentenceEnd: 'sentence split',
  endsSentence: 'sentence split',
  previousSentence: 'sentence split',
  mentionCovering: 'people index',
  echoSpeakers: 'echoes',
  settleShared: 'evidence',
  evidenceFor: 'evidence',
  quotedTokens: 'evidence',
  classifyQuotes: 'classify',
  listPeople: 'people list',
  isCueVerb: 'lexicon tests',
  '(garbage collector)': 'garbage collector',
  detect: 'detection (rest)',
  analyzePage: 'analysis (rest)',
};

/** esbuild renames a function whose name another module also uses ("scan2"): read it as the first. */
const bare = (name: string) => name.replace(/\d+$/, '');

/** Adds one profile's self time per stage to `into`; returns the milliseconds added. */
export function addStages(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  into: Map<string, number>,
  selfInto?: Map<string, number>,
): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stageOf = new Map<number, string | null>();
  const resolve = (id: number): string | null => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const own = node ? STAGES[bare(node.callFrame.functionName)] : undefined;
    const up = parent.get(id);
    const stage = own ?? (up === undefined ? null : resolve(up));
    stageOf.set(id, stage);
    return stage;
  };
  let total = 0;
  for (const [i, id] of profile.samples.entries()) {
    const stage = resolve(id);
    if (!stage) continue;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    into.set(stage, (into.get(stage) ?? 0) + ms);
    const fn = `${stage} › ${byId.get(id)?.callFrame.functionName || '(anonymous)'}`;
    selfInto?.set(fn, (selfInto.get(fn) ?? 0) + ms);
    total += ms;
  }
  return total;
}

/** Profiles `runs` warm analyses of each page and returns a Markdown table of time by stage, largest first. */
export async function stageTable(context: BrowserContext, urls: string[], bundle: string, runs = 20): Promise<string> {
  const stages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const url of urls) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(bundle);
    await page.evaluate('globalThis.__onrecordBench.analyzePage(document)');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(
      `(() => { for (let i = 0; i < ${runs}; i++) globalThis.__onrecordBench.analyzePage(document); })()`,
    );
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Parameters<typeof addStages>[0] };
    total += addStages(profile, stages, functions);
    await page.close();
  }
  const rows = [...stages].sort((a, b) => b[1] - a[1]);
  const lines = rows.map(
    ([stage, ms]) => `| ${stage} | ${(ms / runs).toFixed(1)} | ${((100 * ms) / total).toFixed(1)}% |`,
  );
  return [
    `${urls.length} pages, ${runs} warm analyses each; ms per round over all pages, share of the analysis:`,
    '',
    '| stage | ms | share |',
    '|---|---:|---:|',
    ...lines,
    `| all | ${(total / runs).toFixed(1)} | 100% |`,
    '',
    'Self time by function within its stage, top 40:',
    ...[...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([fn, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)}%  ${fn}`),
  ].join('\n');
}
