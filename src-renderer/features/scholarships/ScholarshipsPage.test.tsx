// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScholarshipPreview } from '../../../src-shared/contract/scholarships';
import { pageTestKit } from '../orders/bulk/page-test-kit';
import { defaultScope, ScholarshipsPage } from './ScholarshipsPage';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));

const row = (id: string, over = {}) => ({
  studentId: id,
  fullName: `Talaba ${id}`,
  studentIdNumber: null,
  departmentName: 'Iqtisodiyot',
  groupName: 'IQT-24',
  course: 2,
  paymentForm: '11',
  educationForm: '11',
  semester: '13',
  grades: [5, 5],
  ...over,
});
const preview: ScholarshipPreview = {
  educationYear: '2025',
  half: 2,
  amountSource: { kind: 'tariff', label: '2025-2026 v1', monthlyStipend: 1_000_000 },
  included: [{ ...row('s1'), rate: '14', basis: 'grades', amount: 1_200_000 }],
  excluded: [
    {
      ...row('s2', { paymentForm: '12', grades: [5, null] }),
      reasons: [
        { key: 'scholarships.reason.notGrant', params: { paymentForm: '12' } },
        { key: 'scholarships.reason.debts', params: { count: 1 } },
      ],
    },
  ],
  totals: {
    included: 1,
    excluded: 1,
    amount: 1_200_000,
    byRate: [{ rate: '14', count: 1, amount: 1_200_000 }],
    byReason: [{ key: 'scholarships.reason.debts', count: 1 }],
  },
  order: null,
};

const { settle, byTestId, allByTestId, container, render } = pageTestKit();
beforeEach(() => {
  calls.length = 0;
  answers.clear();
});
const button = (name: string) =>
  [...container().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
const click = async (name: string) => {
  await act(async () => button(name).click());
  await settle();
};
const cells = (el: HTMLElement) => [...el.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s/g, ' '));

describe('ScholarshipsPage', () => {
  it('shows the list with kinds, amounts and reasons, and drafts the order for the same scope', async () => {
    answers.set('scholarships.preview', () => ({ ok: true, data: preview }));
    answers.set('scholarships.draftOrder', () => ({ ok: true, data: { orderId: 'o1', students: 1, updated: false } }));
    await render('back-office', (shell) => <ScholarshipsPage shell={shell} />);
    await click('Show the list');

    const [asked] = calls.filter((c) => c.channel === 'scholarships.preview').map((c) => c.input);
    expect(asked).toMatchObject({ departmentId: null, course: null });
    expect(cells(allByTestId('scholarship-included')[0]!).slice(-2)).toEqual([
      'Excellent grades (state grant)',
      '1 200 000',
    ]);
    expect(cells(allByTestId('scholarship-excluded')[0]!).at(-1)).toBe(
      'Not a state-grant student (Tuition contract); Academic debts (1)',
    );
    expect(byTestId('scholarship-totals')?.textContent).toContain('Academic debts1');

    await click('Draft the scholarship order');
    const [draft] = calls.filter((c) => c.channel === 'scholarships.draftOrder').map((c) => c.input);
    expect(draft).toEqual({ ...asked, effectiveDate: null });
  });

  it('shows a whole institution a page at a time, and the excluded by one reason', async () => {
    const debts = { key: 'scholarships.reason.debts', params: { count: 2 } };
    const notGrant = { key: 'scholarships.reason.notGrant', params: { paymentForm: '12' } };
    const excluded = Array.from({ length: 250 }, (_, i) => ({
      ...row(`x${i}`),
      reasons: [i % 5 === 0 ? debts : notGrant],
    }));
    answers.set('scholarships.preview', () => ({
      ok: true,
      data: {
        ...preview,
        excluded,
        totals: {
          ...preview.totals,
          excluded: 250,
          byReason: [
            { key: notGrant.key, count: 200 },
            { key: debts.key, count: 50 },
          ],
        },
      },
    }));
    await render('back-office', (shell) => <ScholarshipsPage shell={shell} />);
    await click('Show the list');
    const shown = () => allByTestId('scholarship-excluded').map((r) => r.dataset.studentId);
    expect(shown()).toEqual(excluded.slice(0, 100).map((s) => s.studentId));
    expect(container().textContent).toContain('1–100 / 250');
    await act(async () => (container().querySelector('button[aria-label="Go to next page"]') as HTMLElement).click());
    await settle();
    expect(shown()).toEqual(excluded.slice(100, 200).map((s) => s.studentId));

    const filter = byTestId('scholarship-reason-filter')?.querySelector('[role="combobox"]');
    await act(async () => filter?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    await act(async () =>
      (document.querySelector(`[role="option"][data-value="${debts.key}"]`) as HTMLElement).click(),
    );
    await settle();
    // 50 with debts: one page, back at its start.
    expect(shown()).toEqual(excluded.filter((_, i) => i % 5 === 0).map((s) => s.studentId));
    expect(container().textContent).not.toContain('/ 250');
  });

  it.each([
    ['2026-11-29', { educationYear: '2026', half: 1 }],
    ['2027-01-15', { educationYear: '2026', half: 1 }],
    ['2027-02-01', { educationYear: '2026', half: 2 }],
    ['2027-08-31', { educationYear: '2026', half: 2 }],
  ])('on %s the page opens on %o', (today, expected) => {
    expect(defaultScope(today)).toMatchObject(expected);
  });
});
