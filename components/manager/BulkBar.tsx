/** What can be done with the selected statements: delete them, or relate the two selected. */
export function BulkBar({
  count,
  onDelete,
  onRelate,
  onClear,
}: {
  count: number;
  onDelete: () => void;
  onRelate: () => void;
  onClear: () => void;
}) {
  if (count === 0) return null;
  return (
    <div class="bulk" role="toolbar" aria-label="Selected statements">
      <span>{count} selected</span>
      <button type="button" onClick={onDelete}>
        Delete {count === 1 ? 'statement' : `${count} statements`}
      </button>
      <button
        type="button"
        onClick={onRelate}
        disabled={count !== 2}
        title={count === 2 ? '' : 'Select exactly two statements'}
      >
        Relate the two
      </button>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
