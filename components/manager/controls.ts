/** What each statement and person row can ask the manager to do; absent in read-only views. */
import type { Person, Relation, Statement } from '@/lib/core/records';
import type { RateInput } from './RateForm';

/**
 * Statement-level controls: selection for bulk actions, edit, delete, and removing a relation. The page keeps
 * one object for its lifetime, so rows whose statement did not change are not drawn again.
 */
export interface StatementControls {
  onSelect: (id: string, selected: boolean) => void;
  onEdit: (s: Statement) => void;
  onDelete: (s: Statement) => void;
  onDeleteRelation: (relationId: string) => void;
  /** Opens the relate form on an existing relation, to change its type or note (the later statement first). */
  onEditRelation?: (relation: Relation, pair: [Statement, Statement]) => void;
  speakerOf: (s: Statement) => string;
  /** Copies the statement's fact-checks as ClaimReview JSON-LD for the reader's own article. */
  onCopyClaimReview?: (s: Statement) => void;
  /** Stores the reader's own rating of the statement as a review of it. */
  onRate?: (s: Statement, input: RateInput) => void;
  /** Makes the reader's own, editable copy of a subscribed (read-only) statement. */
  onCopyToMine?: (s: Statement) => void;
}

/** Person-level controls. */
export interface PersonControls {
  onEdit: (p: Person) => void;
  onDelete: (p: Person) => void;
  onMerge: (p: Person) => void;
  onAddStatement: (p: Person) => void;
  /** Makes the reader's own, editable copy of a subscribed (read-only) person. */
  onCopyToMine?: (p: Person) => void;
}
