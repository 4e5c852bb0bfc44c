/** The shape of a candidate name, shared by the run readers that make it and the steps that merge it. */

import type { Token } from '@/lib/detect/text/tokens';

/** A name read from one run of capitalised words, before mentions are merged into entities. */
export interface Candidate {
  tokens: Token[];
  kind: 'person' | 'organisation';
  titled: boolean;
  gender: 'm' | 'f' | null;
  role: string | null;
  /** What kind of organisation the text calls it ("group", "magazine"). */
  noun?: string;
  /** Where the name ends when it runs on in lower case ("Morton County sheriff's office"). */
  end?: number;
  /** A determiner stands right before it ("the Bill"): a thing or an organisation, not a person. */
  determined?: boolean;
}
