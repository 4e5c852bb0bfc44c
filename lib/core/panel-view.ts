/**
 * The side panel's view of the tab it follows: a plain shape on the floor, so lib/sidepanel (which reads the
 * tab) and components/sidepanel (which draws it) share it without importing each other.
 */
import type { PageSummary } from './protocol';

/** What the panel knows about the tab it follows. */
export type PanelState =
  | { kind: 'loading' }
  /** No tab to follow (the window has none, or the tab given was closed). */
  | { kind: 'no-tab' }
  /** A browser page, an extension store, a local file: no content script can run there. */
  | { kind: 'unscriptable' }
  /** The tab's content script did not answer: the page was opened before OnRecord, or cannot be read. */
  | { kind: 'no-answer' }
  | { kind: 'page'; summary: PageSummary };
