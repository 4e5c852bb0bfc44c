/** The keys the browser bound to the quote-stepping commands, which the popup names for the reader. */
import { browser } from 'wxt/browser';
import { NEXT_QUOTE_COMMAND, PREVIOUS_QUOTE_COMMAND } from '@/lib/core/step-commands';

/** The keys bound to the next/previous commands (the reader may have changed or cleared them). */
export async function readShortcutKeys(): Promise<{ next: string; previous: string }> {
  const commands = (await browser.commands?.getAll?.()) ?? [];
  const keyOf = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
  return { next: keyOf(NEXT_QUOTE_COMMAND), previous: keyOf(PREVIOUS_QUOTE_COMMAND) };
}
