/**
 * "Read" as a reporting verb for a document: ""We are offering every resident a unit," the statement read",
 * "one message from Lindqvist read", "The sign reads: "…"". With a document just before it, "read" reports
 * what the document says; anywhere else it is somebody reading.
 */
import { language } from '@/lib/detect/text/language';
import type { Token } from '@/lib/detect/text/tokens';

const DOCUMENTS = new Set(
  'statement letter message messages post note email e-mail memo text texts caption sign banner headline notice placard tweet'.split(
    ' ',
  ),
);

/** True when the English "read"/"reads" at token `v` has a document within the few words before it. */
export function readsDocument(tokens: Token[], v: number): boolean {
  const t = tokens[v];
  if (language().code !== 'en' || !t || (t.lower !== 'read' && t.lower !== 'reads')) return false;
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) if (DOCUMENTS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}
