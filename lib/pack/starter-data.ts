import starterPackJson from './starter-pack.json';

/** The pack bundled with the extension, loaded into an empty library on first install. Unchecked: parse it. */
export const STARTER_PACK: unknown = starterPackJson;
