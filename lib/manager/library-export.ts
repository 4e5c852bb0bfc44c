/**
 * The manager's exports: the format and part of the library the reader chose, described by the details they
 * gave (remembered in the library's prefs for the next export), handed to the browser's downloads.
 */

import { isoDay } from '@/lib/core/format-date';
import { t } from '@/lib/core/i18n';
import type { ExportRequest, PackDetails } from '@/lib/core/manager-actions';
import type { OnRecordDb } from '@/lib/db/database-schema';
import { exportReviewFeed } from '@/lib/db/export-fact-checks';
import { readLibrary } from '@/lib/db/repos';
import { exportPack } from '@/lib/db/repos-pack';
import { getPref, setPref } from '@/lib/db/repos-prefs';
import { toWebAnnotations } from '@/lib/pack/export-annotations';
import { statementsToCsv } from '@/lib/pack/export-csv';
import type { PackMeta } from '@/lib/pack/pack-schema';
import { type ExportScope, scopeLibrary } from '@/lib/pack/scope';

/** Hands a file to the browser's downloads; the page provides this so tests can capture files instead. */
export type Download = (fileName: string, type: string, text: string) => void;

/** The prefs key of the last export's details. */
export const EXPORT_DETAILS_PREF = 'exportDetails';

function today(): string {
  // The reader's own calendar day: a UTC day would date an evening export tomorrow east of Greenwich.
  return isoDay();
}

function isDetails(value: unknown): value is PackDetails {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return ['name', 'author', 'licence'].every((k) => typeof d[k] === 'string' && d[k] !== '');
}

/** The last export's details, or plain defaults the first time (a private copy, by "me"). */
export async function rememberedDetails(db: OnRecordDb): Promise<PackDetails> {
  const stored = await getPref(db, EXPORT_DETAILS_PREF);
  if (isDetails(stored)) return stored;
  return {
    name: t('exportDefaultTitle', today()),
    author: t('exportDefaultAuthor'),
    licence: t('exportDefaultLicence'),
  };
}

function fileStem(scope: ExportScope): string {
  return { all: 'library', person: 'person', tag: 'tag', statements: 'selection' }[scope.kind];
}

/** Writes the export the reader asked for and remembers its details; the remembered ones when none are given. */
export async function exportLibrary(db: OnRecordDb, request: ExportRequest, download: Download): Promise<void> {
  const day = today();
  const details = request.details ?? (await rememberedDetails(db));
  if (request.details) await setPref(db, EXPORT_DETAILS_PREF, request.details);
  const description = details.description?.trim();
  const meta: PackMeta = {
    name: details.name.trim(),
    author: details.author.trim(),
    licence: details.licence.trim(),
    date: day,
    ...(description ? { description } : {}),
  };
  const stem = `onrecord-${fileStem(request.scope)}-${day}`;
  if (request.kind === 'fact-checks') {
    const feed = await exportReviewFeed(db);
    return download(`onrecord-fact-checks-${day}.json`, 'application/ld+json', `${JSON.stringify(feed, null, 2)}\n`);
  }
  if (request.kind === 'pack') {
    const pack = await exportPack(db, meta, request.scope);
    return download(`${stem}.json`, 'application/json', `${JSON.stringify(pack, null, 2)}\n`);
  }
  const part = scopeLibrary(await readLibrary(db), request.scope);
  if (request.kind === 'csv') return download(`${stem}.csv`, 'text/csv', statementsToCsv(part));
  const annotations = toWebAnnotations(part, meta.name);
  download(`${stem}.jsonld`, 'application/ld+json', `${JSON.stringify(annotations, null, 2)}\n`);
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
