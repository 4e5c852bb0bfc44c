/**
 * The languages detection knows how news attributes speech in, by ISO 639-1 code.
 */
import { CS } from './cs';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { PT } from './pt';
import type { LanguageLexicon } from './types';

/** Every lexicon, English first (the default when nothing else fits). */
export const LEXICONS: LanguageLexicon[] = [EN, FR, DE, ES, IT, PT, CS];

export type { LanguageLexicon } from './types';
