import { describe, expect, it } from 'vitest';
import { translate, isKnownKey } from '../../../src-shared/i18n';
import { changeOf, issueStudentId, lastSigner, problemText, rememberSigner, stateText } from './order-format';

const tKey = (key: string, params?: Record<string, string | number>) => translate('en', key as never, params);
const tOr = (key: string, fallback: string) => (isKnownKey(key) ? translate('en', key as never) : fallback);
const courseN = (n: number) => `year ${n}`;

describe('problems in words', () => {
  it('names the type of the clashing open order instead of its code', () => {
    expect(problemText(tKey, tOr, { key: 'orders.problem.openOrder', params: { type: 'academicLeave' } })).toBe(
      tKey('orders.problem.openOrder', { type: tKey('orders.type.academicLeave') }),
    );
    expect(
      problemText(tKey, tOr, { key: 'orders.problem.openOrder', params: { type: 'academicLeave' } }),
    ).not.toContain('academicLeave');
  });

  it('passes the other parameters as they are', () => {
    expect(problemText(tKey, tOr, { key: 'orders.problem.debts', params: { debts: 3 } })).toContain('3');
  });
});

describe('states and changes', () => {
  it('shows what is known: status, course, group, a new name', () => {
    expect(stateText(tOr, courseN, { status: '13', course: 2, groupName: 'KI-23' })).toBe(
      `${tOr('code.status.13', '13')} · year 2 · KI-23`,
    );
    expect(stateText(tOr, courseN, { lastNameLat: 'Aliyeva', firstNameLat: 'Zuhra' })).toBe('Aliyeva Zuhra');
    expect(stateText(tOr, courseN, {})).toBe('—');
    expect(stateText(tOr, courseN, null)).toBe('—');
  });

  it('keeps only the fields a movement changed on both sides', () => {
    const before = { status: '11', course: 2, groupId: 'g1', groupName: 'KI-23' };
    expect(changeOf(before, { ...before, status: '13' })).toEqual({
      same: false,
      before: { status: '11' },
      after: { status: '13' },
    });
    expect(changeOf(before, { ...before, course: 3, groupName: 'KI-22' })).toEqual({
      same: false,
      before: { course: 2, groupName: 'KI-23' },
      after: { course: 3, groupName: 'KI-22' },
    });
  });

  it('tells an unchanged placement once, without the name (a repeat year, a leave extended)', () => {
    const state = { status: '13', course: 2, groupId: 'g1', groupName: 'KI-23', lastNameLat: 'Aliyeva' };
    const placement = { status: '13', course: 2, groupName: 'KI-23' };
    expect(changeOf(state, state)).toEqual({ same: true, before: placement, after: placement });
  });
});

describe('which student an error names', () => {
  const ids = ['s1', 's2', 's3'];
  it.each([
    [{ path: 'lines.1.reason' }, 's2'],
    [{ path: 'lines.2' }, 's3'],
    [{ path: 'lines.7' }, null],
    [{ path: '', params: { studentId: 's1' } }, 's1'],
    [{ path: 's3' }, 's3'],
    [{ path: 'students.s2' }, 's2'],
    [{ path: 'number' }, null],
  ])('%j → %s', (issue, expected) => {
    expect(issueStudentId(issue, ids)).toBe(expected);
  });
});

describe('the last signer', () => {
  it('is offered again from this computer, and a broken entry is ignored', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(lastSigner(storage)).toEqual({ name: '', position: '' });
    rememberSigner({ name: 'B. Rektorov', position: 'Rektor' }, storage);
    expect(lastSigner(storage)).toEqual({ name: 'B. Rektorov', position: 'Rektor' });
    store.set([...store.keys()][0]!, '{not json');
    expect(lastSigner(storage)).toEqual({ name: '', position: '' });
  });
});
