/**
 * A selection the reader asked to save from the context menu, waiting for them to pick its speaker in the
 * capture window. Kept in storage.local under one key (the last one wins) so the window, opened a moment
 * later in another context, can read it; it is removed once saved or dismissed.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { PageInfo } from '../messages/protocol';

/** The storage.local key of the waiting selection. */
export const CAPTURE_DRAFT_KEY = 'onrecord:capture-draft';

/** A selection to save: its words, the page, the text around it, and the speaker the page gives, if any. */
export interface CaptureDraft {
  id: string;
  text: string;
  page: PageInfo;
  prefix: string;
  suffix: string;
  speaker: string | null;
}

const DraftSchema = v.object({
  id: v.string(),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  page: v.object({
    url: v.string(),
    title: v.string(),
    outlet: v.nullable(v.string()),
    publishedAt: v.nullable(v.string()),
  }),
  prefix: v.string(),
  suffix: v.string(),
  speaker: v.nullable(v.string()),
});

/** Reads a stored draft, or null when there is none or it is damaged. */
export function parseDraft(raw: unknown): CaptureDraft | null {
  const result = v.safeParse(DraftSchema, raw);
  return result.success ? result.output : null;
}

/** Stores the waiting selection. */
export async function putDraft(draft: CaptureDraft): Promise<void> {
  await browser.storage.local.set({ [CAPTURE_DRAFT_KEY]: draft });
}

/** The waiting selection with this id, or null. */
export async function getDraft(id: string): Promise<CaptureDraft | null> {
  const draft = parseDraft((await browser.storage.local.get(CAPTURE_DRAFT_KEY))[CAPTURE_DRAFT_KEY]);
  return draft?.id === id ? draft : null;
}

/** Forgets the waiting selection once it is saved or dismissed. */
export async function dropDraft(): Promise<void> {
  await browser.storage.local.remove(CAPTURE_DRAFT_KEY);
}
