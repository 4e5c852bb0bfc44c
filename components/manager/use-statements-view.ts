/**
 * The statements' side of the manager: the selection, and each row's controls (edit, delete, relate, rate,
 * copy ClaimReview). The rows' controls are made once and call the latest handlers, so unchanged rows are not
 * drawn again.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { StatementControls } from '@/components/manager/controls';
import type { Editing } from '@/components/manager/EditingPanel';
import type { RateInput } from '@/components/manager/RateForm';
import type { Announce, Attempt } from '@/components/manager/use-feedback';
import { formatNumber, t } from '@/lib/core/i18n';
import type { LibraryData } from '@/lib/core/library-model';
import type { ManagerActions } from '@/lib/core/manager-actions';
import type { Statement } from '@/lib/core/records';

/** What the statements view needs from the page around it. */
export interface StatementsViewDeps {
  actions: ManagerActions | undefined;
  data: LibraryData | null;
  attempt: Attempt;
  announce: Announce;
  /** Called after statements move to the trash, so Recently deleted reads its list again. */
  onTrashed: () => void;
  edit: (editing: Editing) => void;
}

/** The selection, the rows' controls and the bulk bar's handlers. */
export function useStatementsView(deps: StatementsViewDeps) {
  const { actions, data } = deps;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const speakerOf = (s: Statement) => data?.people.find((p) => p.id === s.personId)?.name ?? t('cardUnknownSpeaker');
  const deleteStatements = (ids: string[]) =>
    deps.attempt(async () => {
      if (!actions) return;
      const undo = await actions.deleteStatements(ids);
      setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));
      deps.announce(
        ids.length === 1 ? t('managerStatementDeleted') : t('managerStatementsDeleted', formatNumber(ids.length)),
        undo,
      );
      deps.onTrashed();
    });
  const latest = useRef({ deps, speakerOf, deleteStatements });
  latest.current = { deps, speakerOf, deleteStatements };
  const controls = useMemo(() => actions && statementControls(actions, latest, setSelected), [actions]);
  return {
    selected,
    controls,
    speakerOf,
    // Subscribed statements are the publisher's: a bulk delete leaves them where they are.
    deleteSelected: () => {
      const ids = data?.statements.filter((s) => selected.has(s.id) && !s.origin).map((s) => s.id) ?? [];
      return ids.length > 0 ? deleteStatements(ids) : Promise.resolve();
    },
    // Looked up when Relate is pressed, not on every render: it walks the whole library.
    relateSelected: () => {
      const [first, second, ...rest] = data?.statements.filter((s) => selected.has(s.id)) ?? [];
      if (first && second && rest.length === 0) deps.edit({ kind: 'relate', pair: [first, second] });
    },
    clearSelection: () => setSelected(new Set()),
  };
}

interface Latest {
  current: {
    deps: StatementsViewDeps;
    speakerOf: (s: Statement) => string;
    deleteStatements: (ids: string[]) => Promise<void>;
  };
}

function statementControls(
  actions: ManagerActions,
  latest: Latest,
  setSelected: (update: (prev: Set<string>) => Set<string>) => void,
): StatementControls {
  const { copyClaimReview, rateStatement, copyToMine } = actions;
  const announcing = (work: () => Promise<string>) => {
    const { attempt, announce } = latest.current.deps;
    return attempt(async () => announce(await work()));
  };
  return {
    onSelect: (id, on) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    onEdit: (statement) => latest.current.deps.edit({ kind: 'statement', statement, personId: statement.personId }),
    onDelete: (s) => latest.current.deleteStatements([s.id]),
    onDeleteRelation: (id) => {
      const { attempt, announce } = latest.current.deps;
      return attempt(async () => announce(t('managerRelationRemoved'), await actions.deleteRelation(id)));
    },
    onEditRelation: (relation, pair) => latest.current.deps.edit({ kind: 'relate', pair, relation }),
    speakerOf: (s) => latest.current.speakerOf(s),
    ...(copyClaimReview ? { onCopyClaimReview: (s: Statement) => announcing(() => copyClaimReview(s.id)) } : {}),
    ...(rateStatement
      ? { onRate: (s: Statement, input: RateInput) => announcing(() => rateStatement(s.id, input)) }
      : {}),
    ...(copyToMine
      ? { onCopyToMine: (s: Statement) => announcing(() => copyToMine({ kind: 'statement', id: s.id })) }
      : {}),
  };
}
