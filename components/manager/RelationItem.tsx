import type { Statement } from '../../lib/db/types';
import { formatDate, RELATION_LABELS } from '../card/format';
import type { StatementControls } from './controls';
import type { RelationView } from './library-model';
import { SideBySide } from './RelateForm';

/** One relation from a statement's point of view: its label, the statement at the other end, the note. */
export function RelationItem({
  view,
  self,
  controls,
}: {
  view: RelationView;
  self?: Statement;
  controls?: StatementControls;
}) {
  const { relation, side, other, otherSpeaker } = view;
  const when = formatDate(other?.date);
  // Neutral wording that reads for every label: "Contradicts · earlier statement (19 Feb 2022, Munich):".
  const details = [when, other?.venue, otherSpeaker ? `by ${otherSpeaker}` : null].filter(Boolean).join(', ');
  return (
    <li class="relation">
      <p>
        <span class={`label label-${relation.type}`}>{RELATION_LABELS[relation.type]}</span>{' '}
        <span class="muted">
          · {side === 'later' ? 'earlier' : 'later'} statement{details ? ` (${details})` : ''}:
        </span>
      </p>
      {other ? (
        <q class="other">{other.text}</q>
      ) : (
        <p class="muted">(The other statement is no longer in the library.)</p>
      )}
      {relation.note && <p class="note">{relation.note}</p>}
      <p class="muted by">Labelled by {relation.labelledBy}</p>
      {controls && self && other && (
        <details class="compare">
          <summary>Side by side</summary>
          <SideBySide
            earlier={side === 'later' ? other : self}
            later={side === 'later' ? self : other}
            speakerOf={controls.speakerOf}
          />
        </details>
      )}
      {controls && (
        <button type="button" class="link" onClick={() => controls.onDeleteRelation(relation.id)}>
          Remove this relation
        </button>
      )}
    </li>
  );
}
