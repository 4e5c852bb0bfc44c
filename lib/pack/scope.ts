/**
 * Which part of the library an export holds: everything, one person, one tag, or the statements the reader
 * has in view. A part is closed under what it names: the speakers of its statements come with them, and a
 * relation only when both its statements do, so the export imports into an empty library as exactly that part.
 */
import type { ExportScope } from '@/lib/core/export-scope';
import type { Person, Relation, Statement } from '@/lib/core/records';

export type { ExportScope };

/** A library, or part of one. */
export interface LibraryPart {
  people: Person[];
  statements: Statement[];
  relations: Relation[];
}

function keeps(scope: ExportScope): (s: Statement) => boolean {
  switch (scope.kind) {
    case 'all':
      return () => true;
    case 'person':
      return (s) => s.personId === scope.personId;
    case 'tag': {
      const tag = scope.tag.toLowerCase();
      return (s) => s.tags.some((t) => t.toLowerCase() === tag);
    }
    case 'statements':
      return (s) => scope.ids.has(s.id);
  }
}

/** The part of `library` that `scope` names; one person comes with their record even without statements. */
export function scopeLibrary(library: LibraryPart, scope: ExportScope): LibraryPart {
  if (scope.kind === 'all') return library;
  const statements = library.statements.filter(keeps(scope));
  const ids = new Set(statements.map((s) => s.id));
  const speakers = new Set(statements.map((s) => s.personId));
  if (scope.kind === 'person') speakers.add(scope.personId);
  return {
    people: library.people.filter((p) => speakers.has(p.id)),
    statements,
    relations: library.relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId)),
  };
}
