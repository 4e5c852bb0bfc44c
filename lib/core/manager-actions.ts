/**
 * What the manager page may do to the library: lib/manager implements these over lib/db, and the manager's
 * components call them; both import this floor, neither the other.
 */
import type { Person, Relation, Statement, TrashEntry } from '@/lib/core/records';
import type { ExportScope } from './export-scope';

/** What the reader typed: their rating in their own words, who gives it, and where it is published. */
export interface RateInput {
  verdict: string;
  reviewer: string;
  url?: string;
}

/** Puts back what a delete removed. */
export type Undo = () => Promise<void>;

/** A search's matches. */
export interface SearchMatches {
  /** Membership and count only: a search over a large library does not list its matches. */
  statementIds: { has(id: string): boolean; readonly size: number };
  personIds: Set<string>;
}

/** What an import would do, or why the file cannot be imported at all. */
export type ImportPreview =
  | {
      ok: true;
      fileName: string;
      /** The pack's own description; a CSV has none (`csv`), so the preview says so instead. */
      meta: PackDetails & { date: string };
      format: 'pack' | 'csv';
      added: { people: number; statements: number; relations: number };
      merged: { people: number; statements: number; relations: number };
      /** One line per rejected record: which record, and why. */
      rejected: string[];
      rejectedRecords: number;
      /** Fact-checkers' reviews the import would add and merge (ClaimReview files, packs with reviews). */
      reviews?: { added: number; merged: number };
      /** Pack statements whose id is another person's statement in the library: the reader chooses. */
      conflicts: { id: string; incoming: string; stored: string }[];
      /** Pack people whose id is a stored record of the other kind (person / organisation): the reader chooses. */
      personConflicts?: KindConflict[];
    }
  | { ok: false; fileName: string; errors: string[] };

/** A pack person or organisation whose id is a stored record of the other kind. */
export interface KindConflict {
  id: string;
  incoming: { name: string; kind: 'person' | 'organisation' };
  stored: { name: string; kind: 'person' | 'organisation' };
}

/** What an import does with a pack record whose id is a stored record it must not merge with. */
export type ConflictChoice = 'skip' | 'new' | 'replace';

/** The export formats. */
export type ExportKind = 'pack' | 'csv' | 'annotations' | 'fact-checks';

/** What a pack says about itself, asked for at export and shown in an import's preview. */
export interface PackDetails {
  name: string;
  author: string;
  licence: string;
  description?: string;
}

/** One export: which format, which part of the library, and the pack's details (the remembered ones if absent). */
export interface ExportRequest {
  kind: ExportKind;
  scope: ExportScope;
  details?: PackDetails;
}

/**
 * Every change the manager can make. Each write is one transaction; a failed one rejects with a message a
 * reader can act on and leaves the library as it was.
 */
export interface ManagerActions {
  search(query: string): Promise<SearchMatches | null>;
  saveStatement(statement: Statement): Promise<void>;
  savePerson(person: Person): Promise<void>;
  /** Moves statements to Recently deleted; Undo restores them. */
  deleteStatements(ids: string[]): Promise<Undo>;
  /** Moves people, with their statements and relations, to Recently deleted; Undo restores them. */
  deletePeople(ids: string[]): Promise<Undo>;
  /** What deleting a person takes with them, for the question asked first. */
  personDeleteCounts(id: string): Promise<{ statements: number; relations: number }>;
  /** Recently deleted, newest first (entries past their days are purged on the way). */
  listTrash(): Promise<TrashEntry[]>;
  restoreTrash(id: string): Promise<void>;
  emptyTrash(): Promise<void>;
  deleteRelation(id: string): Promise<Undo>;
  mergePeople(keepId: string, goneId: string): Promise<void>;
  relate(relation: Relation): Promise<void>;
  /** Writes the export and remembers its details for the next one. */
  exportAs(request: ExportRequest): Promise<void>;
  /** The details the export dialog starts with: the last export's, or plain defaults. */
  exportDetails(): Promise<PackDetails>;
  /** Copies a statement's fact-checks as ClaimReview JSON-LD; resolves to what to tell the reader. */
  copyClaimReview?(statementId: string): Promise<string>;
  /** Stores the reader's rating of a statement as a review; resolves to what to tell the reader. */
  rateStatement?(statementId: string, input: RateInput): Promise<string>;
  /**
   * Makes the reader's own, editable copy of a subscribed person or statement (subscribed records are
   * read-only); resolves to what to tell the reader.
   */
  copyToMine?(target: { kind: 'person' | 'statement'; id: string }): Promise<string>;
  previewImport(file: File): Promise<ImportPreview>;
  /** Applies the last previewed file, all or nothing; resolves to a summary line. */
  applyImport(conflicts?: ConflictChoice, personConflicts?: ConflictChoice): Promise<string>;
  clearLibrary(): Promise<void>;
  loadStarter(): Promise<void>;
}
