/** The library's repositories in one import, for extension pages and the background. */

export * from './repos-curation';
export * from './repos-library';
export * from './repos-pack';
export * from './repos-people';
export * from './repos-relations';
export * from './repos-speaker-choice';
export * from './repos-statements';
