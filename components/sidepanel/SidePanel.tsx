import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import type { PanelState } from '@/lib/core/panel-view';
import { tCount } from '@/lib/core/plural';
import type { CardData } from '@/lib/core/protocol';
import { contextSummary, nextIndex, pageCounts, type SpeakerRun, speakerRuns } from './panel-model';
import { type ContextActions, QuoteContext } from './QuoteContext';

export type { PanelState };

/** Props: the tab's state, the library's answers so far, and what the reader can do from the panel. */
export interface SidePanelProps {
  state: PanelState;
  /** The library's context per quote id, for the quotes looked up so far. */
  cards: ReadonlyMap<string, CardData>;
  /** Whether the library holds no statement at all; null until the first answer. */
  libraryEmpty: boolean | null;
  /** Why the library could not answer, if it could not. */
  lookupError: string | null;
  /** A short message for the reader (e.g. a quote is gone from the page), announced politely. */
  notice: string | null;
  /** Changes when earlier answers were dropped (a refresh), so what is in view is asked for again. */
  round?: number;
  /** The reader can see (or opened) these quotes: look their context up if not done yet. */
  onNeed(ids: string[]): void;
  /** Show one of the page's quotes on the page. */
  onReveal(id: string): void;
  /** Read the page again. */
  onRefresh(): void;
  onOpenManager(): void;
  /** Save, Relate and Choose speaker for one quote's entry; without it the panel only shows context. */
  actionsFor?(quoteId: string): ContextActions;
}

function StateMessage({ state }: { state: PanelState }) {
  switch (state.kind) {
    case 'loading':
      return <p class="state">{t('panelReading')}</p>;
    case 'no-tab':
      return <p class="state">{t('panelNoTab')}</p>;
    case 'unscriptable':
      return <p class="state">{t('panelUnscriptable')}</p>;
    case 'no-answer':
      return <p class="state">{t('panelNotReading')}</p>;
    case 'page':
      return null;
  }
}

function QuoteItem({
  quote,
  card,
  open,
  onToggle,
  onReveal,
  onOpenManager,
  actions,
}: {
  quote: SpeakerRun['quotes'][number];
  card: CardData | undefined;
  open: boolean;
  onToggle(): void;
  onReveal(): void;
  onOpenManager(): void;
  actions?: ContextActions;
}) {
  const ctxId = `ctx-${quote.id}`;
  const sumId = `sum-${quote.id}`;
  return (
    <li class="item" data-quote-id={quote.id}>
      <button
        type="button"
        class="quote"
        data-quote-id={quote.id}
        aria-describedby={sumId}
        title={t('panelQuoteHint')}
        onClick={onReveal}
      >
        <q>{quote.text}</q>
      </button>
      <div class="summary-row">
        <p class="summary" id={sumId}>
          {card ? contextSummary(card).join(' · ') : t('cardLooking')}
        </p>
        <button type="button" class="toggle" aria-expanded={open} aria-controls={ctxId} onClick={onToggle}>
          {open ? t('panelHideContext') : t('panelContext')}
        </button>
      </div>
      {open && (
        <div class="context" id={ctxId} aria-busy={!card}>
          {card ? (
            <QuoteContext card={card} onOpenManager={onOpenManager} actions={actions} />
          ) : (
            <p class="loading">{t('cardLooking')}</p>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * The side panel: the page's quotes in page order under their speakers, each with the card's context a click
 * away, for readers who cannot hover. A quote's button shows it on the page; its context is looked up once it
 * scrolls into view or is opened, never for the whole page at once.
 */
export function SidePanel(props: SidePanelProps) {
  const { state, cards, libraryEmpty, lookupError, notice, round = 0, onReveal, onRefresh, onOpenManager } = props;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLOListElement>(null);
  const need = useRef(props.onNeed);
  need.current = props.onNeed;
  const summary = state.kind === 'page' ? state.summary : null;
  const runs = summary?.enabled ? speakerRuns(summary.quotes, summary.people) : [];
  const idsKey = runs.map((r) => r.quotes.map((q) => q.id).join(',')).join(';');

  // Look up what the reader can see: every quote that enters the panel's viewport, in batches as it scrolls.
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const opened = [...open].filter((id) => root.querySelector(`li.item[data-quote-id="${CSS.escape(id)}"]`));
    if (opened.length > 0) need.current(opened);
    const items = Array.from(root.querySelectorAll<HTMLElement>('li.item'));
    if (typeof IntersectionObserver === 'undefined') {
      need.current(items.slice(0, 20).map((el) => el.dataset.quoteId ?? ''));
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      const seen = entries.filter((e) => e.isIntersecting).map((e) => (e.target as HTMLElement).dataset.quoteId ?? '');
      if (seen.length > 0) need.current(seen);
    });
    for (const item of items) observer.observe(item);
    return () => observer.disconnect();
  }, [idsKey, round]);

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      need.current([id]);
    }
    setOpen(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (!target.matches('button.quote') || !list.current) return;
    const id = target.dataset.quoteId ?? '';
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      if (open.has(id) !== (event.key === 'ArrowRight')) toggle(id);
      event.preventDefault();
      return;
    }
    const buttons = Array.from(list.current.querySelectorAll<HTMLButtonElement>('button.quote'));
    const to = nextIndex(event.key, buttons.indexOf(target as HTMLButtonElement), buttons.length);
    if (to === null) return;
    event.preventDefault();
    buttons[to]?.focus();
  };

  const counts = summary ? pageCounts(summary.quotes) : null;
  return (
    <main class="panel">
      <header>
        <h1>{t('panelOnThisPage')}</h1>
        <div class="actions">
          <button type="button" onClick={onRefresh} title={t('panelRefreshHint')}>
            {t('panelRefresh')}
          </button>
          <button type="button" class="link" onClick={onOpenManager}>
            {t('popupOpenLibrary')}
          </button>
        </div>
      </header>
      {summary && (
        <p class="page-title" title={summary.page.url}>
          {summary.page.title || summary.page.url}
          {summary.page.outlet ? ` — ${summary.page.outlet}` : ''}
        </p>
      )}
      <p class="notice" role="status">
        {notice ?? ''}
      </p>
      <StateMessage state={state} />
      {summary && !summary.enabled && <p class="state">{t('panelOff')}</p>}
      {summary?.enabled && runs.length === 0 && (
        <p class="state">{summary.article === false ? t('panelNoArticle') : t('panelNoQuotes')}</p>
      )}
      {runs.length > 0 && libraryEmpty && (
        <p class="state library-empty">
          {t('panelLibraryEmpty')}{' '}
          <button type="button" class="link" onClick={onOpenManager}>
            {t('panelLibraryLink')}
          </button>
          .
        </p>
      )}
      {lookupError && <p class="state error">{t('panelLibraryNoAnswer', lookupError)}</p>}
      {runs.length > 0 && counts && (
        <>
          <p class="counts">
            {t('panelCountLine', [tCount('panelQuotes', counts.quotes), tCount('panelSpeakers', counts.speakers)])}
          </p>
          <ol class="runs" ref={list} onKeyDown={onKeyDown} aria-label={t('panelQuotesLabel')}>
            {runs.map((run) => (
              <li class="run" key={run.key}>
                <h2 class="speaker">
                  {run.speaker ?? t('cardSpeakerUnknown')}
                  {run.role && <span class="role"> · {run.role}</span>}
                </h2>
                <ul class="quotes">
                  {run.quotes.map((quote) => (
                    <QuoteItem
                      key={quote.id}
                      quote={quote}
                      card={cards.get(quote.id)}
                      open={open.has(quote.id)}
                      onToggle={() => toggle(quote.id)}
                      onReveal={() => onReveal(quote.id)}
                      onOpenManager={onOpenManager}
                      actions={open.has(quote.id) ? props.actionsFor?.(quote.id) : undefined}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
