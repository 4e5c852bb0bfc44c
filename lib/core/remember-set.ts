/**
 * "Remember quotes on this site" as the popup asks for it: the 'capture/remember-set' message, its schema and
 * the background's answer. The popup sends it and the background checks and writes it
 * (lib/background/remember-toggle.ts); both import this, so the popup never imports the background's side.
 */
import * as v from 'valibot';

/** The message type the popup sends. */
export const REMEMBER_SET = 'capture/remember-set';

/** The payload's shape, checked by the background before it writes anything. */
export const RememberSetSchema = v.strictObject({
  site: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  on: v.boolean(),
  /** The tab whose content script should ask again; absent when the popup has no tab. */
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** What the popup sends: the site, on or off, and the tab to tell. */
export type RememberSet = v.InferOutput<typeof RememberSetSchema>;

/** The background's answer: the opted-in sites after the write, or why nothing was written. */
export type RememberSetResponse = { ok: true; sites: string[] } | { ok: false; error: string };
