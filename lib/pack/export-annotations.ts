/**
 * The library as a W3C Web Annotation collection (JSON-LD), so other annotation tools can read it: each
 * statement annotates its sources with a TextQuoteSelector; each relation links two statements.
 */
import type { Person, Relation, Statement } from '@/lib/core/records';
import { encodeComponentSafely } from '@/lib/core/unicode';

/** The identifier a statement or person carries in the export; not a web address. */
export function recordUrn(kind: 'statement' | 'person' | 'relation', id: string): string {
  return `urn:onrecord:${kind}:${encodeComponentSafely(id)}`;
}

/** An AnnotationCollection with one page holding every annotation. */
export function toWebAnnotations(
  data: { people: Person[]; statements: Statement[]; relations: Relation[] },
  label: string,
): Record<string, unknown> {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const items = [
    ...data.statements.map((s) => statementAnnotation(s, people.get(s.personId))),
    ...data.relations.map(relationAnnotation),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function statementAnnotation(s: Statement, person: Person | undefined): Record<string, unknown> {
  const selector = {
    type: 'TextQuoteSelector',
    exact: s.text,
    ...(s.context ? { prefix: s.context.prefix, suffix: s.context.suffix } : {}),
  };
  const said = [`Said by ${person?.name ?? 'an unknown speaker'}`, s.date && `on ${s.date}`, s.venue && `(${s.venue})`];
  const targets = s.sources.length
    ? s.sources.map((src) => ({ source: src.url, selector }))
    : [{ source: recordUrn('statement', s.id), selector }];
  return {
    id: recordUrn('statement', s.id),
    type: 'Annotation',
    motivation: 'describing',
    created: s.createdAt,
    modified: s.updatedAt,
    body: [
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: said.filter(Boolean).join(' ') },
      ...(person ? [{ type: 'SpecificResource', purpose: 'identifying', source: recordUrn('person', person.id) }] : []),
      ...s.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ],
    target: targets.length === 1 ? targets[0] : targets,
  };
}

function relationAnnotation(r: Relation): Record<string, unknown> {
  return {
    id: recordUrn('relation', r.id),
    type: 'Annotation',
    motivation: 'linking',
    created: r.createdAt,
    creator: { type: 'Person', name: r.labelledBy },
    body: [
      { type: 'SpecificResource', source: recordUrn('statement', r.toId) },
      { type: 'TextualBody', purpose: 'classifying', value: r.type },
      ...(r.note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: r.note }] : []),
    ],
    target: recordUrn('statement', r.fromId),
  };
}
