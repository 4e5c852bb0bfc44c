/** The state findPeople carries through its steps, shared by the modules that read names into entities. */

import type { Token } from '@/lib/detect/text/tokens';
import type { Candidate } from './candidate';
import type { Entity, Mention, SharedName } from './people-index';

/** What findPeople builds up while it reads a text's runs of capitalised words. */
export interface PeopleScan {
  text: string;
  tokens: Token[];
  entities: Entity[];
  mentions: Mention[];
  /** One-word names, attached once every full name is known. */
  singles: { c: Candidate; start: number; end: number }[];
  shared: SharedName[];
  lowerWords: Set<string>;
  slavic: boolean;
  sameWord: (a: string, b: string) => boolean;
  places: Set<string>;
}
