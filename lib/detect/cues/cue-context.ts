/**
 * The context every cue reader takes, in a file of its own so that readers split out of cues.ts can name it
 * without importing cues.ts back.
 */
import type { PeopleIndex } from '@/lib/detect/people/people';
import type { Discourse } from '@/lib/detect/referents/referents';
import type { Token } from '@/lib/detect/text/tokens';

/** What the cue readers share: the text, its tokens, the people index, who spoke last, and which words are quoted. */
export interface Ctx {
  text: string;
  tokens: Token[];
  idx: PeopleIndex;
  d: Discourse;
  quoted: boolean[];
}
