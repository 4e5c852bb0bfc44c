import type { ExportKind, ImportPreview, ManagerActions } from '@/components/manager/actions';
import { changeOf } from '@/components/manager/library-model';
import { describeWriteError } from '@/lib/db/errors';
import {
  type AcceptedPack,
  clearLibrary,
  deleteRelation,
  exportPack,
  importPack,
  type LibrarySnapshot,
  mergePeople,
  PackError,
  previewImport,
  putPerson,
  putRelation,
  putStatement,
  readLibrary,
  restoreRecords,
} from '@/lib/db/repos';
import type { OnRecordDb } from '@/lib/db/schema';
import { buildSearchIndex, type SearchIndex } from '@/lib/db/search-index';
import { loadStarterPackIfEmpty } from '@/lib/db/starter';
import {
  emptyTrash,
  listTrash,
  personDeleteCounts,
  restoreFromTrash,
  trashPeople,
  trashStatements,
} from '@/lib/db/trash';
import { toWebAnnotations } from '@/lib/pack/export-annotations';
import { statementsToCsv } from '@/lib/pack/export-csv';
import { describeRejection } from '@/lib/pack/parse-pack';
import { readPackFile } from '@/lib/pack/read-pack-file';

/** Hands a file to the browser's downloads; the page provides this so tests can capture files instead. */
export type Download = (fileName: string, type: string, text: string) => void;

/**
 * The manager's actions over the library database; every failed write rejects with a reader-facing message.
 * `snapshot` is the library the page shows (its live query), which search runs over.
 */
export function libraryActions(
  db: OnRecordDb,
  download: Download,
  snapshot: () => LibrarySnapshot | null,
): ManagerActions & { prepareSearch(): void } {
  // The last previewed pack, checked: Import applies it without reading or checking the file again.
  let pending: AcceptedPack | null = null;
  // The search index: built in idle time after loading (or on the first keystroke, if that comes first), then
  // brought up to each new snapshot by updating only the statements that changed (an edit in a 100,000-statement
  // library costs milliseconds, not a rebuild).
  let index: { library: LibrarySnapshot; search: SearchIndex } | null = null;
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
    /** Builds the index when the page is idle, so the reader's first keystroke does not wait for it. */
    prepareSearch() {
      const library = snapshot();
      if (index || !library || library.statements.length === 0) return;
      const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
      idle(() => {
        const now = snapshot();
        if (!index && now) indexed(now);
      });
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
    exportAs: (kind) => exportLibrary(db, kind, download),
    async previewImport(file): Promise<ImportPreview> {
      pending = null;
      const read = readPackFile(await file.arrayBuffer());
      if (!read.ok) return { ok: false, fileName: file.name, errors: read.errors };
      try {
        const preview = await previewImport(db, read.json);
        pending = preview.accepted;
        const count = (k: 'added' | 'merged') => ({
          people: preview.people[k],
          statements: preview.statements[k],
          relations: preview.relations[k],
        });
        return {
          ok: true,
          fileName: file.name,
          packName: preview.meta.name,
          added: count('added'),
          merged: count('merged'),
          rejected: preview.rejected.map(describeRejection),
          rejectedRecords: new Set(preview.rejected.map((r) => `${r.list}[${r.index}]`)).size,
          conflicts: preview.conflicts,
          personConflicts: preview.personConflicts,
        };
      } catch (e) {
        if (e instanceof PackError) return { ok: false, fileName: file.name, errors: e.errors };
        throw new Error(describeWriteError(e));
      }
    },
    async applyImport(conflicts = 'skip', personConflicts = 'skip') {
      if (pending === null) throw new Error('Pick a pack file first.');
      const accepted = pending;
      const s = await write(() => importPack(db, accepted, { conflicts, personConflicts }));
      pending = null;
      const left = new Set(s.rejected.map((r) => `${r.list}[${r.index}]`)).size;
      const merged = s.people.merged + s.statements.merged + s.relations.merged;
      return `Import done: added ${n(s.people.added, 'person', 'people')}, ${n(s.statements.added, 'statement', 'statements')} and ${n(s.relations.added, 'relation', 'relations')}; merged ${n(merged, 'record', 'records')}; left out ${n(left, 'record', 'records')}.`;
    },
  };
}

/** Writes the library in one of the export formats and hands it to the download. */
export async function exportLibrary(db: OnRecordDb, kind: ExportKind, download: Download): Promise<void> {
  const day = new Date().toISOString().slice(0, 10);
  const meta = { name: `My OnRecord library, ${day}`, author: 'Me', licence: 'Private copy', date: day };
  if (kind === 'pack') {
    const pack = await exportPack(db, meta);
    return download(`onrecord-library-${day}.json`, 'application/json', `${JSON.stringify(pack, null, 2)}\n`);
  }
  const library = await readLibrary(db);
  if (kind === 'csv') return download(`onrecord-statements-${day}.csv`, 'text/csv', statementsToCsv(library));
  const annotations = toWebAnnotations(library, meta.name);
  download(`onrecord-annotations-${day}.jsonld`, 'application/ld+json', `${JSON.stringify(annotations, null, 2)}\n`);
}

/** The browser download: a Blob URL on a temporary link, revoked once the click has been handled. */
export function browserDownload(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
