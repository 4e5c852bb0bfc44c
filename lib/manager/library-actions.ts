import { formatNumber, t } from '@/lib/core/i18n';
import { changeOf } from '@/lib/core/library-model';
import type { ImportPreview, ManagerActions } from '@/lib/core/manager-actions';
import { tCount } from '@/lib/core/plural';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { describeWriteError } from '@/lib/db/errors';
import {
  type AcceptedPack,
  clearLibrary,
  deleteRelation,
  importPack,
  type LibrarySnapshot,
  mergePeople,
  PackError,
  previewImport,
  putPerson,
  putRelation,
  putStatement,
  restoreRecords,
} from '@/lib/db/repos';
import type { ImportSummary } from '@/lib/db/repos-pack';
import { buildSearchIndex, buildSearchIndexInSteps, type SearchIndex } from '@/lib/db/search-index';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import {
  emptyTrash,
  listTrash,
  personDeleteCounts,
  restoreFromTrash,
  trashPeople,
  trashStatements,
} from '@/lib/db/trash';
import { describeError } from '@/lib/pack/describe-rejection';
import { factCheckActions } from './fact-check-actions';
import { layerActions } from './layer-actions';
import { type Download, exportLibrary, rememberedDetails } from './library-export';
import { readImportFile } from './read-import';

export { browserDownload, type Download } from './library-export';

/** What the import preview shows of a checked file: counts by kind, rejected records, conflicts. */
function previewAnswer(
  fileName: string,
  read: Extract<ReturnType<typeof readImportFile>, { ok: true }>,
  preview: Awaited<ReturnType<typeof previewImport>>,
): ImportPreview {
  const count = (k: 'added' | 'merged') => ({
    people: preview.people[k],
    statements: preview.statements[k],
    relations: preview.relations[k],
  });
  return {
    ok: true,
    fileName,
    meta: preview.meta,
    format: read.format,
    added: count('added'),
    merged: count('merged'),
    rejected: preview.rejected.map(read.describe),
    rejectedRecords: new Set(preview.rejected.map((r) => `${r.list}[${r.index}]`)).size,
    reviews: preview.reviews,
    conflicts: preview.conflicts,
    personConflicts: preview.personConflicts,
  };
}

/** The line the manager shows once an import is done: what was added, merged and left out. */
function importDone(s: ImportSummary): string {
  const left = new Set(s.rejected.map((r) => `${r.list}[${r.index}]`)).size;
  const merged = s.people.merged + s.statements.merged + s.relations.merged + s.reviews.merged;
  const added = t('managerRecordsList', [
    tCount('managerPeople', s.people.added),
    tCount('managerStatements', s.statements.added),
    tCount('managerRelations', s.relations.added),
  ]);
  const done = t('managerImportDone', [added, tCount('managerRecords', merged), tCount('managerRecords', left)]);
  const reviews =
    s.reviews.added + s.reviews.merged > 0 ? ` ${t('factcheckImported', formatNumber(s.reviews.added))}` : '';
  return `${done}${reviews}`;
}

/** Known changes up to this many are patched into the index at the next search rather than rebuilt ahead. */
const MAX_PATCHED_CHANGES = 200;

/**
 * The manager's actions over the library database; every failed write rejects with a reader-facing message.
 * `snapshot` is the library the page shows (its live query), which search runs over.
 */
export function libraryActions(
  db: OnRecordDb,
  download: Download,
  snapshot: () => LibrarySnapshot | null,
): ManagerActions & { prepareSearch(library?: LibrarySnapshot | null): Promise<void> } {
  // The last previewed pack, checked: Import applies it without reading or checking the file again.
  let pending: AcceptedPack | null = null;
  // The search index: built in idle time after loading (or on the first keystroke, if that comes first), then
  // brought up to each new snapshot by updating only the statements that changed (an edit in a 100,000-statement
  // library costs milliseconds, not a rebuild).
  let index: { library: LibrarySnapshot; search: SearchIndex } | null = null;
  // One stepped build at a time: snapshots arriving meanwhile are caught up by the next search's update.
  let building = false;
  const write = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      throw new Error(describeWriteError(e));
    }
  };
  const undoable = (removed: Parameters<typeof restoreRecords>[1]) => () => write(() => restoreRecords(db, removed));
  // Undo right after a delete is Restore from Recently deleted.
  const fromTrash = (id: string) => () => write(() => restoreFromTrash(db, id));
  const indexed = (library: LibrarySnapshot): SearchIndex => {
    if (!index) index = { library, search: buildSearchIndex(library.people, library.statements) };
    else if (index.library !== library) {
      // The store's note of what changed since the indexed snapshot spares comparing every statement.
      const change = changeOf(library);
      const known = change?.previous === index.library ? change.statements : undefined;
      index.search.update(library.people, library.statements, known);
      index.library = library;
    }
    return index.search;
  };
  return {
    /**
     * Builds the index for `library` (by default the one shown) across tasks, so the reader's first keystroke
     * does not wait for it and a page taking in a bulk change keeps answering. An index that a small known
     * change separates from `library` is left to be patched at the next search, which costs milliseconds.
     */
    async prepareSearch(library: LibrarySnapshot | null = snapshot()) {
      if (building || !library || library.statements.length === 0 || index?.library === library) return;
      const start = index;
      const change = changeOf(library);
      if (start && change?.previous === start.library && change.statements.size <= MAX_PATCHED_CHANGES) return;
      building = true;
      try {
        const search = await buildSearchIndexInSteps(library.people, library.statements);
        // A search meanwhile may have built or moved the index on; that one stays.
        if (index === start) index = { library, search };
      } finally {
        building = false;
      }
    },
    async search(query) {
      const library = snapshot();
      // No index for an empty box: a reader who is not searching never pays for building one after an edit.
      if (!library || !query.trim()) return null;
      return indexed(library).query(query);
    },
    saveStatement: (s) => write(async () => void (await putStatement(db, s))),
    savePerson: (p) => write(async () => void (await putPerson(db, p))),
    deleteStatements: (ids) => write(async () => fromTrash((await trashStatements(db, ids)).id)),
    deletePeople: (ids) => write(async () => fromTrash((await trashPeople(db, ids)).id)),
    personDeleteCounts: (id) => personDeleteCounts(db, id),
    listTrash: () => listTrash(db),
    restoreTrash: (id) => write(() => restoreFromTrash(db, id)),
    emptyTrash: () => write(() => emptyTrash(db)),
    deleteRelation: (id) => write(async () => undoable(await deleteRelation(db, id))),
    mergePeople: (keep, gone) => write(async () => void (await mergePeople(db, keep, gone))),
    relate: (r) => write(async () => void (await putRelation(db, r))),
    clearLibrary: () => write(() => clearLibrary(db)),
    loadStarter: () => write(async () => void (await loadStarterPackIfEmpty(db))),
    exportAs: (request) => exportLibrary(db, request, download),
    exportDetails: () => rememberedDetails(db),
    ...factCheckActions(db, write),
    ...layerActions(db, write, snapshot),
    async previewImport(file): Promise<ImportPreview> {
      pending = null;
      const read = readImportFile(file.name, await file.arrayBuffer());
      if (!read.ok) return { ok: false, fileName: file.name, errors: read.errors.map(describeError) };
      try {
        const preview = await previewImport(db, read.json);
        pending = preview.accepted;
        return previewAnswer(file.name, read, preview);
      } catch (e) {
        if (e instanceof PackError) return { ok: false, fileName: file.name, errors: e.errors.map(describeError) };
        throw new Error(describeWriteError(e));
      }
    },
    async applyImport(conflicts = 'skip', personConflicts = 'skip') {
      if (pending === null) throw new Error(t('managerPickFirst'));
      const accepted = pending;
      const s = await write(() => importPack(db, accepted, { conflicts, personConflicts }));
      pending = null;
      return importDone(s);
    },
  };
}
