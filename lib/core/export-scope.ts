/**
 * Which part of the library an export holds: everything, one person, one tag, or the statements the reader has
 * in view. A plain shape on the floor, so the manager's export dialog and lib/pack's scoping share it without the
 * components reaching into lib/pack.
 */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'person'; personId: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'statements'; ids: { has(id: string): boolean; readonly size: number } };
