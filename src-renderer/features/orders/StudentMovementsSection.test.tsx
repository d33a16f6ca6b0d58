// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Movement } from '../../../src-shared/contract/orders';
import type { Role } from '../../../src-shared/contract/roles';
import type { Student } from '../../../src-shared/contract/students';
import { I18nProvider } from '../../app/i18n';
import { homeShellOf } from '../../shells/shells';
import { StudentMovementsSection } from './StudentMovementsSection';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
const session = vi.hoisted(() => ({ role: 'back_office' as string }));
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: {} });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const movement = (over: Partial<Movement>): Movement => ({
  id: 'm1',
  kind: 'academicLeave',
  effectiveDate: '2026-11-30',
  reason: '12',
  orderId: 'o1',
  orderNumber: '245-T',
  orderDate: '2026-11-28',
  orderType: 'academicLeave',
  before: { status: '11', course: 2, groupId: 'g1', groupName: 'FIZ-23' },
  after: { status: '13', course: 2, groupId: 'g1', groupName: 'FIZ-23' },
  createdAt: '2026-11-28T10:00:00.000Z',
  ...over,
});

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  answers.clear();
  answers.set('orders.movements', () => ({
    ok: true,
    data: {
      items: [
        movement({
          id: 'm0',
          kind: 'group_change',
          reason: 'dekan bildirgisi',
          orderId: null,
          orderNumber: null,
          orderDate: null,
          orderType: null,
          effectiveDate: '2025-09-10',
          before: { groupId: 'g0', groupName: 'FIZ-23A' },
          after: { groupId: 'g1', groupName: 'FIZ-23' },
        }),
        movement({}),
      ],
    },
  }));
  answers.set('orders.stateAsOf', (input) => ({
    ok: true,
    data:
      String(input.date) < '2026-11-30'
        ? {
            status: '11',
            course: 2,
            groupId: 'g1',
            groupName: 'FIZ-23',
            orderId: null,
            orderNumber: null,
            orderDate: null,
          }
        : {
            status: '13',
            course: 2,
            groupId: 'g1',
            groupName: 'FIZ-23',
            orderId: 'o1',
            orderNumber: '245-T',
            orderDate: '2026-11-28',
          },
  }));
  answers.set('documents.preview', () => ({
    ok: true,
    data: { html: '<p>KOʻCHIRMA</p>', holds: [], lang: 'uz-Latn' },
  }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 30)));
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const channelCalls = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input);

async function render(role: Role) {
  session.role = role;
  const shell = homeShellOf(role);
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter>
          <StudentMovementsSection student={{ id: 's1' } as Student} shell={shell} />
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  await settle();
}

function typeDate(value: string) {
  const input = byTestId('state-as-of-date')?.querySelector('input');
  if (!input) throw new Error('no date field');
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the card’s movements', () => {
  it('lists each step with its order, type, reason and what changed', async () => {
    await render('back_office');
    const rows = allByTestId('movement-row').map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['10.09.2025', 'no order', 'Moved to a group', 'dekan bildirgisi', 'FIZ-23A → FIZ-23', ''],
      [
        '30.11.2026',
        '№ 245-T of 28.11.2026',
        'Academic leave',
        expect.any(String),
        expect.stringMatching(/→/),
        'Excerpt',
      ],
    ]);
    // The reason is the classifier's name, not its code.
    expect(rows[1]?.[3]).not.toBe('12');
    // A back-office clerk may draft a new order for this student from here, with the student already in it.
    expect(byTestId('new-order-for-student')?.getAttribute('href')).toBe('/back-office/orders/new?student=s1');
  });

  it('tells the status on a chosen date and the order that set it', async () => {
    await render('back_office');
    typeDate('01.12.2026');
    await settle();
    expect(byTestId('state-as-of')?.textContent).toContain('245-T');
    typeDate('01.11.2026');
    await settle();
    expect(channelCalls('orders.stateAsOf').at(-1)).toEqual({ studentId: 's1', date: '2026-11-01' });
    expect(byTestId('state-as-of')?.textContent).not.toContain('245-T');
    expect(byTestId('state-as-of')?.querySelector('[data-testid="status-chip"]')?.getAttribute('data-status')).toBe(
      '11',
    );
  });

  it('prints an excerpt of the order behind a step through the document dialog', async () => {
    await render('front_office');
    // The counter issues excerpts but writes no orders.
    expect(byTestId('new-order-for-student')).toBeNull();
    await act(async () => byTestId('print-excerpt')?.click());
    await settle();
    expect(channelCalls('documents.preview')).toEqual([
      { type: 'order-excerpt', studentId: 's1', lang: 'uz-Latn', params: { orderId: 'o1' } },
    ]);
  });

  it('shows readers the history without actions', async () => {
    await render('viewer');
    expect(allByTestId('movement-row')).toHaveLength(2);
    expect(byTestId('print-excerpt')).toBeNull();
    expect(byTestId('new-order-for-student')).toBeNull();
  });
});
