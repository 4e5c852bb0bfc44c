/**
 * The body lexicon of the language detection reads in, compiled into sets: the speaker check asks it whether a
 * word is a document, a place preposition, an organisation's head or a description of one.
 */

import { BODIES_DE } from '@/lib/detect/lexicons/bodies-de';
import { BODIES_EN } from '@/lib/detect/lexicons/bodies-en';
import { BODIES_ES } from '@/lib/detect/lexicons/bodies-es';
import { BODIES_FR } from '@/lib/detect/lexicons/bodies-fr';
import type { BodyLexicon } from '@/lib/detect/lexicons/body-types';
import { language } from '@/lib/detect/text/language';

/** A body lexicon read into sets; multi-word entries are written with "_" in the data. */
export interface Bodies {
  documents: Set<string>;
  indefinites: string[];
  referBack: 'noun' | 'document';
  authorLinks: string[];
  places: string[];
  media: Set<string>;
  addressVerbs: Set<string>;
  determiners: string[];
  of: string[];
  adjectives: string[];
  heads: Set<string>;
  descriptions: Map<string, string[]>;
  /** German writes compounds: "Landratsamt" ends in a head, "Pressemitteilung" in a document. */
  compounds: boolean;
}

const words = (s: string | undefined) => (s ?? '').split(' ').filter(Boolean);
const phrases = (s: string | undefined) => words(s).map((w) => w.replace(/_/g, ' '));

function compile(lex: BodyLexicon): Bodies {
  return {
    documents: new Set(words(lex.documents)),
    indefinites: words(lex.indefinites),
    referBack: lex.referBack,
    authorLinks: phrases(lex.authorLinks),
    places: phrases(lex.places),
    media: new Set(words(lex.media)),
    addressVerbs: new Set(words(lex.addressVerbs)),
    determiners: phrases(lex.determiners),
    of: phrases(lex.of),
    adjectives: words(lex.adjectives),
    heads: new Set(words(lex.heads)),
    descriptions: new Map(
      words(lex.descriptions).map((d) => {
        const [noun = '', fits = ''] = d.split(':');
        return [noun, fits.split(',')] as const;
      }),
    ),
    compounds: lex.code === 'de',
  };
}

const COMPILED = new Map([BODIES_EN, BODIES_FR, BODIES_DE, BODIES_ES].map((l) => [l.code, compile(l)]));

/** The body lexicon of the current language, or undefined for a language that has none yet. */
export function bodies(): Bodies | undefined {
  return COMPILED.get(language().code);
}

/** True when `word` (lower case) is one of `set`, or, in German, a compound ending in one ("Landratsamt"). */
export function inSet(b: Bodies, set: Set<string> | string[], word: string): boolean {
  const list = [...set];
  return list.includes(word) || (b.compounds && list.some((h) => word.length > h.length + 2 && word.endsWith(h)));
}
