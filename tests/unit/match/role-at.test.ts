import { describe, expect, it } from 'vitest';
import { roleAt, roleHeldOn } from '@/lib/match/role-at';

describe('roles with partial dates', () => {
  it.each([
    [{ title: 'Minister', from: '2013', to: '2022' }, '2022-06-01', true],
    [{ title: 'Minister', from: '2013', to: '2022' }, '2023-01-01', false],
    [{ title: 'Minister', from: '2013', to: '2022' }, '2012-12-31', false],
    [{ title: 'Minister', from: '2013', to: '2022' }, '2013-01-01', true],
    [{ title: 'Minister', from: '2013-03', to: '2022-12' }, '2022-12-30', true],
    [{ title: 'Minister', from: '2013-03', to: '2022-12' }, '2013-02-28', false],
    [{ title: 'Minister', from: '2013-03-16', to: '2022-12-30' }, '2022-12-31', false],
    [{ title: 'Minister', to: '2022-05' }, '2022-05-31T10:00:00Z', true],
  ])('%j is held on %s: %s', (role, date, held) => {
    expect(roleHeldOn(role, date)).toBe(held);
  });

  it('names the role a year-only end still covers', () => {
    const person = {
      roles: [
        { title: 'Ambassador', from: '2005', to: '2013' },
        { title: 'Foreign minister', from: '2013-03', to: '2022' },
      ],
    };
    expect(roleAt(person, '2022-02-24')?.title).toBe('Foreign minister');
    expect(roleAt(person, '2010-07-01')?.title).toBe('Ambassador');
  });
});
