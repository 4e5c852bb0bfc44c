import { t } from '@/lib/core/i18n';
import { ownEntry } from '@/lib/core/own-entry';
import { tCount } from '@/lib/core/plural';
import type { PopupState } from '@/lib/core/popup-speakers';
import type { Settings } from '@/lib/core/settings';
import { PageFactChecks, type PageFactChecksProps } from './PageFactChecks';
import { AlsoNamed, SpeakerRow } from './SpeakerRow';

export type { PopupState };

/** Props: the state, the reader's switches, and what the reader can do from the popup. */
export interface PopupProps {
  state: PopupState;
  /** The reader's switches; null until read. */
  settings: Settings | null;
  onToggleSite(enabled: boolean): void;
  /** Pause (true) or resume (false) OnRecord on every site. */
  onTogglePause(paused: boolean): void;
  onOpenManager(): void;
  /** Open the welcome page: the legend of the marks, a walk through, pinning and privacy; without it no link. */
  onOpenHelp?(): void;
  /** What this browser calls the panel beside the page: Firefox's sidebar, Chrome's side panel. */
  sidePanelName?: 'side panel' | 'sidebar';
  /** Open the side panel, which lists the page's quotes with their context; without it no button is shown. */
  onOpenSidePanel?(): void;
  /** Show one of the page's quotes on the page. */
  onReveal(quoteId: string): void;
  /** Whether every attributed quote seen on this site is kept in the library (the reader's opt-in). */
  remembering?: boolean;
  /** Switch remembering on or off for this site; without it the switch is not shown. */
  onToggleRemember?(on: boolean): void;
  /** The keys bound to the next/previous quote commands ('' when the reader cleared one); absent until read. */
  shortcuts?: { next: string; previous: string };
  /** The page's fact-checks and the keep switch; without it no fact-check line is shown. */
  factChecks?: PageFactChecksProps;
}

/** One line naming the shortcut between quotes, as the browser bound it. */
function ShortcutLine({ next, previous }: { next: string; previous: string }) {
  if (!next && !previous) return <p class="note shortcut">{t('popupShortcutUnset')}</p>;
  return (
    <p class="note shortcut">
      {t('popupKeyboard')} {next && <kbd>{next}</kbd>} {next && t('popupShortcutNext')}
      {next && previous && ', '}
      {previous && <kbd>{previous}</kbd>} {previous && t('popupShortcutPrevious')}; <kbd>{t('commonKeyEsc')}</kbd>{' '}
      {t('popupEscCloses')}
    </p>
  );
}

function Switch({
  on,
  label,
  note,
  onToggle,
}: {
  on: boolean;
  label: string;
  note?: string;
  onToggle(on: boolean): void;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        onChange={(e) => onToggle(e.currentTarget.checked)}
      />
      <span>
        {label} {note && <span class="site">({note})</span>}
      </span>
    </label>
  );
}

function Body({ state, paused, onReveal }: { state: PopupState; paused: boolean; onReveal(id: string): void }) {
  switch (state.kind) {
    case 'loading':
      return <p class="state">{t('popupReading')}</p>;
    case 'unscriptable':
      return <p class="state">{t('popupUnscriptable')}</p>;
    case 'no-answer':
      return <p class="state">{t('popupReload')}</p>;
    case 'page': {
      if (!state.enabled) return <p class="state">{paused ? t('popupPausedEverywhere') : t('popupOffHere')}</p>;
      const { speakers, namedOnly, unattributed } = state.speakers;
      if (speakers.length === 0 && namedOnly.length === 0 && unattributed.length === 0)
        return <p class="state">{state.article ? t('popupNothingFound') : t('popupNoArticle')}</p>;
      return (
        <>
          {speakers.length > 0 && (
            <ul class="speakers" aria-label={t('popupSpeakersLabel')}>
              {speakers.map((g) => (
                <SpeakerRow
                  key={g.name}
                  group={g}
                  stored={ownEntry(state.stored, g.name)}
                  context={state.context && ownEntry(state.context, g.name)}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          )}
          {unattributed.length > 0 && <p class="note">{tCount('popupUnattributed', unattributed.length)}</p>}
          {namedOnly.length > 0 && <AlsoNamed people={namedOnly} />}
        </>
      );
    }
  }
}

/** The popup: the active page's speakers and what the library holds on each, plus the site switch. */
export function Popup({
  state,
  settings,
  onToggleSite,
  onTogglePause,
  onOpenManager,
  onReveal,
  remembering = false,
  onToggleRemember,
  shortcuts,
  onOpenSidePanel,
  onOpenHelp,
  sidePanelName = 'side panel',
  factChecks,
}: PopupProps) {
  const site = state.kind === 'page' || state.kind === 'no-answer' ? state.site : null;
  const paused = settings?.paused ?? false;
  // The site switch shows the reader's choice for the site, whatever the global pause says.
  const siteOn = site ? !(settings?.disabledSites.includes(site) ?? false) : true;
  return (
    <main class="popup">
      <header>
        <h1>OnRecord</h1>
        <span class="links">
          {onOpenHelp && (
            <button type="button" class="link" onClick={onOpenHelp}>
              {t('popupHelp')}
            </button>
          )}
          <button type="button" class="link" onClick={onOpenManager}>
            {t('popupOpenLibrary')}
          </button>
        </span>
      </header>
      {onOpenSidePanel && (
        <button type="button" class="link side-panel" onClick={onOpenSidePanel}>
          {sidePanelName === 'sidebar' ? t('popupOpenSidebar') : t('popupOpenSidePanel')}
        </button>
      )}
      {site && <Switch on={siteOn} label={t('popupSiteSwitch')} note={site} onToggle={onToggleSite} />}
      {site && onToggleRemember && (
        <Switch
          on={remembering}
          label={t('popupRememberSwitch')}
          note={t('popupRememberNote')}
          onToggle={onToggleRemember}
        />
      )}
      {settings && <Switch on={!paused} label={t('popupEverySiteSwitch')} onToggle={(on) => onTogglePause(!on)} />}
      {factChecks && <PageFactChecks {...factChecks} />}
      <Body state={state} paused={paused} onReveal={onReveal} />
      {shortcuts && <ShortcutLine {...shortcuts} />}
    </main>
  );
}
