/**
 * Probes of the record's time and direction story, run inside the card frame and the manager of a browser
 * started with `launchWithExtension` (support/extension-browser.ts); those that wait are built by `inPage`
 * (support/probe-kit.ts).
 */
import { inPage } from './support/probe-kit';

/** What the card frame shows of the record, by section. */
export interface RecordSnapshot {
  busy: string | null;
  quote: string;
  onRecord: string;
  before: string;
  since: string;
  sinceOpen: boolean | null;
  saveButton: string;
  saveResult: string;
}

/** Runs inside the card frame: each section's text. */
export const readRecord = (): RecordSnapshot => {
  const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const since = document.querySelector<HTMLDetailsElement>('details.since');
  return {
    busy: document.querySelector('section.card')?.getAttribute('aria-busy') ?? null,
    quote: text('blockquote.quote'),
    onRecord: text('.on-record'),
    before: text('section.earlier'),
    since: since?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    sinceOpen: since ? since.open : null,
    saveButton: text('button.save-button'),
    saveResult: text('.save-result'),
  };
};

/**
 * Runs in the manager: opens the edit form of the statement whose words start with `opening`, changes the one
 * field labelled `label` to `value`, saves, and waits for the manager to confirm.
 */
export const editOneFieldInPage = inPage(
  async (kit, arg: { opening: string; label: string; value: string }): Promise<string> => {
    // A little longer than the kit's default: the edit form opens after the manager has drawn every list.
    const wait = <T>(read: () => T | null | undefined, what: string) => kit.wait(read, what, 300);
    const edit = await wait(
      () =>
        [...document.querySelectorAll('button')].find((b) =>
          b.getAttribute('aria-label')?.startsWith(`Edit “${arg.opening}`),
        ),
      'the Edit button',
    );
    edit.click();
    const form = await wait(() => document.querySelector('form.form'), 'the edit form');
    const label = await wait(
      () => [...form.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(arg.label)),
      `the ${arg.label} field`,
    );
    const input = label.querySelector('input, textarea') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
    setter.call(input, arg.value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The form reads its fields from state, set on the next render: let it render before saving.
    await wait(() => (input.value === arg.value ? true : null), 'the typed value');
    await kit.pause(200);
    const save = [...form.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save statement');
    if (!save) throw new Error('no Save statement button');
    save.click();
    return wait(
      () =>
        [...document.querySelectorAll('[role="status"]')].find((e) => e.textContent?.includes('Statement saved'))
          ?.textContent,
      'the saved message',
    );
  },
);
