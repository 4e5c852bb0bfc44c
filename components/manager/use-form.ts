import { useState } from 'preact/hooks';
import type { FormResult } from './forms';
import { fieldValue } from './Panel';

/** Text fields of a form, with a `bind(key)` that wires one input to its field. */
export function useFields<F extends { [K in keyof F]: string }>(initial: F) {
  const [fields, setFields] = useState(initial);
  const bind = (key: keyof F) => ({
    value: fields[key],
    onInput: (e: Event) => {
      const value = fieldValue(e);
      setFields((f) => ({ ...f, [key]: value }));
    },
  });
  return { fields, setFields, bind };
}

/**
 * A form's submit: check what was typed, save it, and show every problem — the checker's or the library's
 * (a full disk, a conflicting record) — in the form instead of losing the reader's input.
 */
export function useSubmit<T>(check: () => FormResult<T>, onSave: (value: T) => Promise<void>) {
  const [errors, setErrors] = useState<string[]>([]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = check();
    if (!result.ok) return setErrors(result.errors);
    try {
      await onSave(result.value);
    } catch (err) {
      setErrors([err instanceof Error ? err.message : String(err)]);
    }
  };
  return { errors, submit };
}
