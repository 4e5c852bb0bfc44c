import { relationLabel, relationPhrase, whenRelative } from '@/components/card/format';
import { t } from '@/lib/core/i18n';
import type { RelationView } from '@/lib/core/library-model';
import type { Statement } from '@/lib/core/records';
import type { StatementControls } from './controls';
import { isSubscribed, type OriginNames, originLabel } from './origin';
import { SideBySide } from './RelateForm';

/**
 * One relation from a statement's point of view, read with its direction: when the other statement was made
 * and whether it is the label's subject ("— contradicts this") or object ("— this contradicts it").
 */
export function RelationItem({
  view,
  self,
  controls,
  origins,
}: {
  view: RelationView;
  self?: Statement;
  controls?: StatementControls;
  origins?: OriginNames;
}) {
  const { relation, side, other, otherSpeaker } = view;
  // A subscribed relation is the publisher's: shown, never changed or removed here.
  const own = !isSubscribed(relation);
  // Read with direction: when the other statement was made, measured from this one, and which way the label
  // goes ("Earlier, on 19 Feb 2022 … — this shifts emphasis from it"). fromId is the relation's subject.
  const when = other
    ? whenRelative(other.date, self?.date ?? null)
    : side === 'later'
      ? t('managerEarlier')
      : t('managerLater');
  const details = [other?.venue, otherSpeaker ? t('managerBy', otherSpeaker) : null].filter(Boolean).join(', ');
  const reading = relationPhrase(relation.type, side === 'later' ? 'this-to-it' : 'it-to-this');
  return (
    <li class="relation">
      <p>
        <span class={`label label-${relation.type}`}>{relationLabel(relation.type)}</span>{' '}
        <span class="muted relation-when">· {t('commonColon', `${when}${details ? ` (${details})` : ''}`)}</span>
      </p>
      {other ? (
        <q class="other">{other.text}</q>
      ) : relation.withdrawn ? (
        <p class="muted withdrawn">
          {t('layersWithdrawn', relation.withdrawn.personName)} <q>{relation.withdrawn.text}</q>
        </p>
      ) : (
        <p class="muted">{t('managerOtherGone')}</p>
      )}
      <p class="relation-reading">— {reading}</p>
      {relation.note && <p class="note">{relation.note}</p>}
      <p class="muted by">
        {t('managerLabelledBy', relation.labelledBy)}
        {origins && (!own || origins.size > 0) && (
          <span class="origin"> · {originLabel(relation.origin, origins)}</span>
        )}
      </p>
      {controls && self && other && (
        <details class="compare">
          <summary>{t('managerSideBySide')}</summary>
          <SideBySide
            earlier={side === 'later' ? other : self}
            later={side === 'later' ? self : other}
            speakerOf={controls.speakerOf}
          />
        </details>
      )}
      {own && controls?.onEditRelation && self && other && (
        <button
          type="button"
          class="link"
          onClick={() => controls.onEditRelation?.(relation, side === 'later' ? [self, other] : [other, self])}
        >
          {t('managerEditRelation')}
        </button>
      )}{' '}
      {own && controls && (
        <button type="button" class="link" onClick={() => controls.onDeleteRelation(relation.id)}>
          {t('managerRemoveRelation')}
        </button>
      )}
    </li>
  );
}
