import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldName, issueMessage } from '@/components/manager/field-messages';
import { PackPersonSchema, PackStatementSchema } from '@/lib/pack/pack-schema';

const person = (roles: unknown[]) => ({ id: 'p', name: 'Ann Lee', roles });
const statement = (change: object) => ({ id: 's', personId: 'p', text: 'Words.', ...change });

describe('form messages name the field in words', () => {
  it.each([
    [PackPersonSchema, person([{ title: 'Minister', to: '31/12/2022' }]), 'The end date of role 1 is not a date'],
    [
      PackPersonSchema,
      person([{ title: 'A' }, { title: 'B', from: '2013-13' }]),
      'The start date of role 2 is not a date',
    ],
    [PackPersonSchema, person([{ title: ' ' }]), 'The title of role 1 is empty.'],
    [PackPersonSchema, { id: 'p', name: 'x'.repeat(400) }, 'The name is too long.'],
    [PackStatementSchema, statement({ date: '2022-02-30' }), 'The date is not a date'],
    [
      PackStatementSchema,
      statement({ sources: [{ url: 'javascript:alert(1)' }] }),
      'The link of source 1 is not a web link',
    ],
    [
      PackStatementSchema,
      statement({ sources: [{ url: 'https://a.org', publishedAt: 'May' }] }),
      'The date of source 1 is not a date',
    ],
    [PackStatementSchema, statement({ tags: ['ok', ' '] }), 'Tag 2 is empty.'],
  ] as const)('%#: %s', (schema, record, expected) => {
    const checked = v.safeParse(schema as v.GenericSchema, record);
    expect(checked.success).toBe(false);
    const messages = checked.success ? [] : checked.issues.map(issueMessage);
    expect(messages[0]).toContain(expected);
    for (const m of messages) expect(m).not.toMatch(/#\d|\[\d\]|ISO/);
  });

  it('names no field it does not know, so the caller falls back to a general one', () => {
    expect(fieldName(['context', 'prefix'])).toBeNull();
    expect(fieldName(['roles', 2, 'from'])).toBe('The start date of role 3');
  });
});
