/**
 * What is wrong with a form, in words: "The end date of role 1 is not a date" rather than the pack checker's
 * "roles #1 to is not an ISO date". The checker's issues carry a path and a kind; this names both.
 */
import type * as v from 'valibot';
import { type MessageKey, t } from '@/lib/core/i18n';

type PathKey = string | number;

/** A field's name in a sentence, from the checker's path ("roles", 0, "to"), or null for one it does not know. */
export function fieldName(path: readonly PathKey[]): string | null {
  const [first, second, third] = path;
  const nth = typeof second === 'number' ? second + 1 : undefined;
  if (first === 'roles' && nth !== undefined) {
    const key: Record<string, MessageKey> = {
      title: 'formFieldRoleTitle',
      from: 'formFieldRoleFrom',
      to: 'formFieldRoleTo',
    };
    const found = typeof third === 'string' ? key[third] : undefined;
    return found ? t(found, nth) : t('formFieldRole', nth);
  }
  if (first === 'sources' && nth !== undefined) {
    const key: Record<string, MessageKey> = {
      url: 'formFieldSourceUrl',
      outlet: 'formFieldSourceOutlet',
      title: 'formFieldSourceTitle',
      publishedAt: 'formFieldSourceDate',
    };
    const found = typeof third === 'string' ? key[third] : undefined;
    return found ? t(found, nth) : null;
  }
  if (first === 'aliases' && nth !== undefined) return t('formFieldAlias', nth);
  if (first === 'tags' && nth !== undefined) return t('formFieldTag', nth);
  const single: Record<string, MessageKey> = {
    name: 'formFieldName',
    text: 'formFieldText',
    date: 'formFieldDate',
    venue: 'formFieldVenue',
    note: 'formFieldNote',
    type: 'formFieldType',
    personId: 'formFieldSpeaker',
  };
  const found = typeof first === 'string' ? single[first] : undefined;
  return found ? t(found) : null;
}

/** The kind of problem, from the checker's issue type and the field it concerns. */
function problemKey(issue: v.BaseIssue<unknown>, path: readonly PathKey[]): MessageKey {
  const last = path[path.length - 1];
  if (last === 'date' || last === 'from' || last === 'to' || last === 'publishedAt') return 'formErrorNotDate';
  if (issue.type === 'min_length') return 'formErrorEmpty';
  if (issue.type === 'max_length') return 'formErrorTooLong';
  if (issue.type === 'url' || issue.type === 'regex') return 'formErrorNotLink';
  return 'formErrorInvalid';
}

/** One checker issue as a sentence that names the field. */
export function issueMessage(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => p.key as PathKey);
  const name = fieldName(path) ?? t('formFieldOther');
  return t(problemKey(issue, path), name);
}
