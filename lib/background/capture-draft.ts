/**
 * A selection the reader asked to save from the context menu, waiting for them to pick its speaker in the
 * capture window. Kept in storage.session (which content scripts cannot read or write in either browser) under
 * a key holding its random id, so a page can neither read a draft nor rewrite it before the reader saves it;
 * it is removed once saved or dismissed, and with the browser session at the latest.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { PageInfo } from '@/lib/core/protocol';

/** The storage key prefix of a waiting selection; the draft's random id completes it. */
export const CAPTURE_DRAFT_KEY = 'onrecord:capture-draft';

/** The key of one draft. */
export function draftKey(id: string): string {
  return `${CAPTURE_DRAFT_KEY}:${id}`;
}

/** Where drafts wait: session storage, trusted contexts only; storage.local only where a browser lacks it. */
function draftArea(): typeof browser.storage.local {
  return (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
}

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

/** Stores the waiting selection under its id. */
export async function putDraft(draft: CaptureDraft): Promise<void> {
  await draftArea().set({ [draftKey(draft.id)]: draft });
}

/** The waiting selection with this id, or null. */
export async function getDraft(id: string): Promise<CaptureDraft | null> {
  if (!id) return null;
  const draft = parseDraft((await draftArea().get(draftKey(id)))[draftKey(id)]);
  return draft?.id === id ? draft : null;
}

/** Forgets a waiting selection once it is saved or dismissed. */
export async function dropDraft(id: string): Promise<void> {
  await draftArea().remove(draftKey(id));
}

/**
 * Pins session storage, where drafts wait, to the extension's own pages and background. It is the default in
 * Chrome; saying so explicitly keeps it so if a later change ever widened it. Firefox has no setAccessLevel
 * and never exposes storage.session to content scripts.
 */
export async function keepDraftsTrusted(): Promise<boolean> {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } })
    .session;
  if (typeof session?.setAccessLevel !== 'function') return false;
  await session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
