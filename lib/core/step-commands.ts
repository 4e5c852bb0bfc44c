/**
 * The manifest's keyboard commands that step through a page's quotes (wxt.config.ts `commands`): the background
 * turns each into a 'page/step' message, and the popup names the keys bound to them.
 */
import type { BackgroundToContent } from './protocol';

/** Which way a step moves through the page's quotes. */
export type StepDirection = BackgroundToContent['page/step']['direction'];

/** The command that moves to the next quote. */
export const NEXT_QUOTE_COMMAND = 'next-quote';

/** The command that moves to the previous quote. */
export const PREVIOUS_QUOTE_COMMAND = 'previous-quote';

// A Map, so a command name such as "constructor" finds nothing rather than an inherited property.
const DIRECTIONS: ReadonlyMap<string, StepDirection> = new Map([
  [NEXT_QUOTE_COMMAND, 'next'],
  [PREVIOUS_QUOTE_COMMAND, 'previous'],
]);

/** The direction a command steps in, or undefined for any other command. */
export function stepDirectionOf(command: string): StepDirection | undefined {
  return DIRECTIONS.get(command);
}
