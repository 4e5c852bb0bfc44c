/**
 * `npm run bench -- --browser --stages`: where a warm page analysis spends its time by stage of detection
 * (language guess, tokens, names, quote marks, cues, referents, sentences…), summed over every page, from
 * Chromium's sampling profiler with the analysis bundled unminified so functions keep their names. A sample
 * counts for the innermost stage on its stack, so a sentence split asked by a cue scan counts as sentences.
 */
import type { BrowserContext } from 'playwright-core';
import { addSelfTime, type CpuProfile, largest, type ProfileNode, share } from './bench/cpu-profile';
import { profileWarmAnalyses } from './bench-page-profile';

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

/** The stage of every node of `profile`: its own, or its nearest caller's (null above every stage). */
function stagesOf(profile: CpuProfile): (node: ProfileNode) => string | null {
  const parent = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const known = new Map<number, string | null>();
  return (node) => {
    // Climb to the nearest node that knows its stage, then write the answer down the path climbed.
    const path: ProfileNode[] = [];
    let stage: string | null = null;
    for (let n: ProfileNode | undefined = node; n; n = parent.get(n.id)) {
      const seen = known.get(n.id);
      if (seen !== undefined) {
        stage = seen;
        break;
      }
      path.push(n);
      const own = STAGES[bare(n.callFrame.functionName)];
      if (own) {
        stage = own;
        break;
      }
    }
    for (const n of path) known.set(n.id, stage);
    return stage;
  };
}

/** Adds one profile's self time per stage to `into` (and per stage and function to `selfInto`); returns the milliseconds added. */
export function addStages(profile: CpuProfile, into: Map<string, number>, selfInto?: Map<string, number>): number {
  const stageOf = stagesOf(profile);
  if (selfInto) {
    addSelfTime(
      profile,
      (node) => {
        const stage = stageOf(node);
        return stage && `${stage} › ${node.callFrame.functionName || '(anonymous)'}`;
      },
      selfInto,
    );
  }
  return addSelfTime(profile, stageOf, into);
}

/** Profiles `runs` warm analyses of each page and returns a Markdown table of time by stage, largest first. */
export async function stageTable(context: BrowserContext, urls: string[], bundle: string, runs = 20): Promise<string> {
  const stages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const url of urls) total += addStages(await profileWarmAnalyses(context, url, bundle, runs), stages, functions);
  const lines = largest(stages, stages.size).map(
    ([stage, ms]) => `| ${stage} | ${(ms / runs).toFixed(1)} | ${share(ms, total).trim()} |`,
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
    ...largest(functions, 40).map(([fn, ms]) => `${share(ms, total)}  ${fn}`),
  ].join('\n');
}
