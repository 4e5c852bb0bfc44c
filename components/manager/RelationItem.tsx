import { formatDate, RELATION_LABELS } from '../card/format';
import type { RelationView } from './library-model';

/** One relation from a statement's point of view: its label, the statement at the other end, the note. */
export function RelationItem({ view }: { view: RelationView }) {
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
    </li>
  );
}
