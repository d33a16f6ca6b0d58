// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BulkPlan } from '../../../../src-shared/contract/orders';
import type { Role } from '../../../../src-shared/contract/roles';
import { PromotionPage } from './PromotionPage';
import { pageTestKit } from './page-test-kit';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
const session = vi.hoisted(() => ({ role: 'back_office' as string }));
vi.mock('../../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

const student = (id: string, outcome: BulkPlan['students'][number]['outcome'], over = {}) => ({
  studentId: id,
  fullName: `Talaba ${id}`,
  groupName: 'FIZ-21',
  course: 1,
  gpa: 3.5,
  debts: 0,
  outcome,
  key: null,
  orderNumber: null,
  ...over,
});
const plan = (token: string): BulkPlan => ({
  token,
  educationYear: '2025',
  students: [
    student('s1', 'promote'),
    student('s2', 'repeat', { gpa: 2.1 }),
    student('s3', 'blocked', { key: 'orders.bulk.blocked.onLeave', gpa: null }),
    student('s4', 'already', { orderNumber: '12-T' }),
  ],
});

const { settle, byTestId, allByTestId, render: draw, container } = pageTestKit();
beforeEach(() => {
  calls.length = 0;
  answers.clear();
  session.role = 'back_office';
});

const click = async (id: string) => {
  await act(async () => byTestId(id)?.click());
  await settle();
};
const channelCalls = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input);

async function render(role: Role = 'back_office') {
  session.role = role;
  await draw('back-office', (shell) => <PromotionPage shell={shell} />);
}

describe('PromotionPage', () => {
  it('runs the dry run for the scope and shows each outcome with its count and reason', async () => {
    answers.set('orders.promotionPlan', () => ({ ok: true, data: plan('t1') }));
    await render();
    await click('bulk-check');

    expect(channelCalls('orders.promotionPlan')).toEqual([{ departmentId: null, educationForm: null, course: 1 }]);
    expect(['all', 'promote', 'repeat', 'blocked', 'already'].map((o) => byTestId(`count-${o}`)?.textContent)).toEqual([
      'All: 4',
      'Promoted: 1',
      'Repeats the year: 1',
      'Blocked: 1',
      'Already in an order: 1',
    ]);
    // Promotion never graduates: no chip that would always read 0.
    expect(byTestId('count-graduate')).toBeNull();
    const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => td.textContent);
    const rows = allByTestId('plan-row');
    expect(rows.map((r) => r.dataset.outcome)).toEqual(['promote', 'repeat', 'blocked', 'already']);
    expect(cells(rows[1] as HTMLElement)).toEqual(['Talaba s2', 'FIZ-21', '1', '2,10', '0', 'Repeats the year', '']);
    expect(cells(rows[2] as HTMLElement).at(-1)).toBe('On academic leave');
    expect(cells(rows[3] as HTMLElement).at(-1)).toBe('In order № 12-T');

    await click('count-blocked');
    expect(allByTestId('plan-row').map((r) => r.dataset.outcome)).toEqual(['blocked']);
    await click('count-all');
    expect(allByTestId('plan-row')).toHaveLength(4);
  });

  it('creates the orders with the plan token, links each one and re-runs the plan', async () => {
    let run = 0;
    answers.set('orders.promotionPlan', () => ({ ok: true, data: plan(`t${++run}`) }));
    answers.set('orders.promotionCreate', () => ({
      ok: true,
      data: { orderIds: ['o1', 'o2'], promoted: 1, repeating: 1 },
    }));
    answers.set('orders.list', () => ({
      ok: true,
      data: {
        total: 1,
        items: [{ id: 'o1', type: 'promotion', status: 'draft', studentCount: 1 }],
      },
    }));
    await render();
    await click('bulk-check');
    await click('bulk-create');

    const [create] = channelCalls('orders.promotionCreate');
    expect(create).toMatchObject({ departmentId: null, educationForm: null, course: 1, token: 't1' });
    expect(create?.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byTestId('bulk-created')?.textContent).toContain('Draft orders created: 2, with 2 students');
    const links = allByTestId('bulk-order-link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/back-office/orders/o1', '/back-office/orders/o2']);
    // The first is named by the draft list; the second was not in it and is numbered.
    expect(links.map((a) => a.textContent)).toEqual(['Promotion to the next year: 1 students', 'Draft order 2']);
    expect(channelCalls('orders.promotionPlan')).toHaveLength(2);
  });

  it('says plainly when a repeated create finds nobody new', async () => {
    answers.set('orders.promotionPlan', () => ({ ok: true, data: plan('t1') }));
    answers.set('orders.promotionCreate', () => ({ ok: true, data: { orderIds: [], promoted: 0, repeating: 0 } }));
    await render();
    await click('bulk-check');
    await click('bulk-create');
    expect(byTestId('bulk-nobody')?.textContent).toBe(
      'Nobody new: all are already in orders of this run. Nothing was created.',
    );
    expect(byTestId('bulk-created')).toBeNull();
  });

  it('shows a stale plan in words and offers to run the dry run again', async () => {
    let run = 0;
    answers.set('orders.promotionPlan', () => ({ ok: true, data: plan(`t${++run}`) }));
    answers.set('orders.promotionCreate', () => ({
      ok: false,
      error: { code: 'CONFLICT', key: 'error.orders.bulkPlanChanged', message: 'plan changed' },
    }));
    await render();
    await click('bulk-check');
    await click('bulk-create');
    expect(container().querySelector('[role="alert"]')?.textContent).toContain(
      'The data changed after the list was made',
    );
    await click('bulk-recheck');
    expect(channelCalls('orders.promotionPlan')).toHaveLength(2);
    expect(container().querySelector('[role="alert"]')).toBeNull();
  });

  it('runs graduation for the faculty without a course', async () => {
    answers.set('orders.graduationPlan', () => ({
      ok: true,
      data: { token: 'g1', educationYear: '2025', students: [student('s9', 'graduate', { course: 4 })] },
    }));
    await render();
    await click('tab-graduation');
    expect(byTestId('filter-course')).toBeNull();
    await click('bulk-check');
    expect(channelCalls('orders.graduationPlan')).toEqual([{ departmentId: null, educationForm: null }]);
    expect(byTestId('count-graduate')?.textContent).toBe('Graduates: 1');
    expect(byTestId('count-promote')).toBeNull();
  });

  it('gives a read-only role no dry run and no create button', async () => {
    await render('viewer');
    expect(byTestId('bulk-check')).toBeNull();
    expect(byTestId('bulk-create')).toBeNull();
    expect(container().textContent).toContain('Bulk orders are created by');
  });
});
