/** One speaker of the page in the popup, and the capped list of people named without a quote. */
import { useState } from 'preact/hooks';
import { formatNumber, t } from '@/lib/core/i18n';
import { tCount } from '@/lib/core/plural';
import type { SpeakerContext, SpeakerGroup } from '@/lib/core/popup-speakers';
import type { PagePerson } from '@/lib/core/protocol';

/** How many names "Also named" shows before "+N more". */
export const ALSO_NAMED_SHOWN = 6;

/** "4 statements in your library", or a quiet "none in your library". */
export function libraryLine(stored: number | undefined) {
  return stored ? tCount('popupStored', stored) : <span class="none">{t('popupStoredNone')}</span>;
}

/** The quotes here with a labelled relation, and those with a suggestion, when there are any. */
export function contextLine(context: SpeakerContext | undefined): string | null {
  if (!context) return null;
  const parts = [
    context.related > 0 && t('popupRelatedCount', formatNumber(context.related)),
    context.suggested > 0 && t('popupSuggestedCount', formatNumber(context.suggested)),
    (context.factChecked ?? 0) > 0 && t('factcheckQuotesChecked', formatNumber(context.factChecked ?? 0)),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** A speaker row: the button shows and hides the speaker's quotes here, and says whether they are shown. */
export function SpeakerRow({
  group,
  stored,
  context,
  onReveal,
}: {
  group: SpeakerGroup;
  stored: number | undefined;
  context?: SpeakerContext;
  onReveal(id: string): void;
}) {
  const [open, setOpen] = useState(false);
  const listId = `quotes-${group.quotes[0]?.id ?? group.name}`.replace(/[^\w-]/g, '_');
  const extra = contextLine(context);
  return (
    <li class="speaker">
      <button
        type="button"
        class="speaker-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span class="disclosure" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span class="name">{group.name}</span>
        {group.role && <span class="role">{group.role}</span>}
        <span class="counts">
          {tCount('popupQuotesHere', group.quotes.length)} · {libraryLine(stored)}
          {extra && <span class="context">{extra}</span>}
        </span>
      </button>
      <ul class="quotes" id={listId} hidden={!open}>
        {group.quotes.map((q) => (
          <li key={q.id}>
            <button type="button" class="quote" title={t('popupShowOnPage')} onClick={() => onReveal(q.id)}>
              <q>{q.text}</q>
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "Also named: …" with the first few names and a "+N more" that shows the rest. */
export function AlsoNamed({ people }: { people: PagePerson[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? people : people.slice(0, ALSO_NAMED_SHOWN);
  const more = people.length - shown.length;
  return (
    <p class="note also-named">
      {t('popupAlsoNamed', shown.map((p) => p.name).join(', '))}
      {more > 0 ? (
        <>
          {' '}
          <button type="button" class="link" aria-expanded={false} onClick={() => setAll(true)}>
            {t('popupMoreNames', formatNumber(more))}
          </button>
        </>
      ) : (
        '.'
      )}
    </p>
  );
}
