import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  COLOUR_TARGETS,
  type ColourTarget,
  type ContrastWarning,
  contrastWarnings,
  DEFAULT_MARK_COLOURS,
  isDefaultColours,
  type MarkColours,
  MIN_LINE_CONTRAST,
  PAGE_BACKGROUNDS,
  parseHex,
  shownTints,
} from '@/lib/core/colours';
import { formatLocale, formatNumber, type MessageKey, t } from '@/lib/core/i18n';

/** Where the colours live (storage.local settings, not the library): read, write, and hear other tabs. */
export interface ColourStore {
  load(): Promise<MarkColours>;
  save(colours: MarkColours): Promise<MarkColours>;
  /** Calls back when the colours change elsewhere; returns the unsubscribe function. */
  watch(onChange: (colours: MarkColours) => void): () => void;
}

const COLOUR_KEYS: Record<ColourTarget, MessageKey> = {
  direct: 'managerColourDirect',
  partial: 'managerColourPartial',
  block: 'managerColourBlock',
  person: 'managerColourPerson',
};

/** What a colour setting is called in the reader's language. */
export function colourLabel(target: ColourTarget): string {
  return t(COLOUR_KEYS[target]);
}

/** A contrast warning in the reader's language, with its ratio written their way. */
export function warningText(w: ContrastWarning): string {
  const ratio = new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return t(w.scheme === 'light' ? 'managerContrastWarning' : 'managerContrastWarningDark', [
    colourLabel(w.target),
    ratio.format(w.ratio),
    formatNumber(MIN_LINE_CONTRAST),
  ]);
}

/** The preview sentence with its three marked pieces put where the language puts them. */
function previewSentence(person: ComponentChild, direct: ComponentChild, partial: ComponentChild) {
  const pieces = [person, direct, partial];
  // Private-use characters stand in for the marked pieces, so the language decides their order.
  const marks = ['\uE001', '\uE002', '\uE003'];
  return t('managerPreviewSaid', marks)
    .split(/([\uE001-\uE003])/)
    .map((part) => {
      const index = marks.indexOf(part);
      return index >= 0 ? pieces[index] : part;
    });
}

/** A line of sample text drawn as the page would draw it, on a light or a dark page. */
function Preview({ colours, scheme }: { colours: MarkColours; scheme: 'light' | 'dark' }) {
  const quote = (target: ColourTarget, text: string) => {
    const t = shownTints(colours, target, scheme);
    return (
      <span
        data-preview={target}
        style={{
          backgroundColor: t.fill,
          textDecoration: `underline 2px ${t.line}`,
          textUnderlineOffset: '0.18em',
        }}
      >
        {text}
      </span>
    );
  };
  // An invented speaker: the sample must never be mistaken for someone in the reader's library.
  const person = (
    <span
      data-preview="person"
      style={{
        textDecoration: `underline dotted ${shownTints(colours, 'person', scheme).line}`,
        textUnderlineOffset: '0.18em',
      }}
    >
      {t('managerPreviewPerson')}
    </span>
  );
  return (
    <p
      class="preview"
      style={{ background: PAGE_BACKGROUNDS[scheme], color: scheme === 'light' ? '#1d1b16' : '#eeeae0' }}
    >
      <strong>{scheme === 'light' ? t('managerLightPage') : t('managerDarkPage')}</strong>{' '}
      {previewSentence(
        person,
        quote('direct', t('managerPreviewQuote')),
        quote('partial', t('managerPreviewFragment')),
      )}
      <br />
      {quote('block', t('managerPreviewBlock'))}
    </p>
  );
}

/**
 * Highlight colours per quote kind and for people: a colour picker and a hex field each, a live preview on
 * light and dark pages, a warning when an underline would be hard to see, and a reset. Each valid change is
 * saved at once, and open tabs repaint their highlights from it.
 */
export function AppearancePanel({ store }: { store: ColourStore }) {
  const [colours, setColours] = useState<MarkColours | null>(null);
  const [drafts, setDrafts] = useState<Partial<Record<ColourTarget, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    store
      .load()
      .then((c) => live && setColours(c))
      .catch((e: unknown) => setFailure(String(e)));
    const unwatch = store.watch((c) => {
      setColours(c);
      // A field being typed into keeps its text while it still says the saved colour.
      setDrafts((d) => {
        const kept: Partial<Record<ColourTarget, string>> = {};
        for (const t of COLOUR_TARGETS) if (d[t] !== undefined && parseHex(d[t]) === c[t]) kept[t] = d[t];
        return kept;
      });
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);
  if (!colours) return null;

  const save = (next: MarkColours) => {
    setColours(next);
    setFailure(null);
    store.save(next).catch((e: unknown) => setFailure(t('managerColoursNotSaved', String(e))));
  };
  const edit = (target: ColourTarget, value: string) => {
    setDrafts((d) => ({ ...d, [target]: value }));
    const hex = parseHex(value);
    if (hex) save({ ...colours, [target]: hex });
  };
  const warnings = contrastWarnings(colours);
  return (
    <details class="appearance">
      <summary>
        <h2>{t('managerAppearance')}</h2>
      </summary>
      <p class="muted">{t('managerAppearanceNote')}</p>
      <div class="colours">
        {COLOUR_TARGETS.map((target) => {
          const draft = drafts[target] ?? colours[target];
          const invalid = parseHex(draft) === null;
          const id = `colour-${target}`;
          return (
            <div class="colour" key={target}>
              <label for={id}>{colourLabel(target)}</label>
              <input
                type="color"
                value={colours[target]}
                aria-label={t('managerPickColour', colourLabel(target))}
                onInput={(e) => edit(target, e.currentTarget.value)}
              />
              <input
                id={id}
                name={target}
                type="text"
                size={8}
                spellcheck={false}
                value={draft}
                aria-invalid={invalid}
                aria-describedby={invalid ? `${id}-error` : undefined}
                onInput={(e) => edit(target, e.currentTarget.value)}
              />
              {invalid && (
                <span class="field-error" id={`${id}-error`}>
                  {t('managerHexHint')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <Preview colours={colours} scheme="light" />
      <Preview colours={colours} scheme="dark" />
      {warnings.length > 0 && (
        <ul class="warnings" role="status">
          {warnings.map((w) => (
            <li key={w.message}>{warningText(w)}</li>
          ))}
        </ul>
      )}
      {failure && <p role="alert">{failure}</p>}
      <button
        type="button"
        disabled={isDefaultColours(colours)}
        onClick={() => {
          setDrafts({});
          save({ ...DEFAULT_MARK_COLOURS });
        }}
      >
        {t('managerResetColours')}
      </button>
    </details>
  );
}
