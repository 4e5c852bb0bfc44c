import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A titled editing panel: takes focus when it opens, Escape cancels, errors are announced, and focus goes back
 * to the control that opened it (an Edit button, say) when it closes.
 */
export function Panel({
  title,
  errors,
  onCancel,
  children,
}: {
  title: string;
  errors?: string[];
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = ref.current;
    panel?.querySelector<HTMLElement>('input, textarea, select, button')?.focus();
    return () => {
      // After the panel is gone: only if focus was in it (or fell to the page), never away from where it moved.
      setTimeout(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || !!panel?.contains(active);
        if (lost && opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);
  return (
    <section
      class="panel"
      ref={ref}
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2>{title}</h2>
      {errors && errors.length > 0 && (
        <ul class="errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** Reads a text field's value in an input handler. */
export function fieldValue(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
