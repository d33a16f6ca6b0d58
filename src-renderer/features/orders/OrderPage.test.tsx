// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../src-shared/contract/roles';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { I18nProvider } from '../../app/i18n';
import { SHELLS } from '../../shells/shells';
import { OrderPage } from './OrderPage';
import { orderDetail, orderLine } from './test-orders';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
const session = vi.hoisted(() => ({ role: 'back_office' as string }));
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));
vi.mock('../../app/session', () => ({
  useUser: () => ({ user: { id: 'u1', role: session.role, fullName: 'Operator' }, health: {} }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  calls.length = 0;
  answers.clear();
  answers.set('orders.clauses', () => ({
    ok: true,
    data: {
      clauses: [
        {
          id: 'vmq344',
          kind: 'preamble',
          types: ['academicLeave'],
          textUz: 'VMQ 344 asosida',
          textRu: 'На основании ПКМ 344',
          isDefault: true,
        },
      ],
    },
  }));
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** Lets the live check's pause (300 ms) and the answers after it pass. */
const settle = (ms = 20) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
/** Waits (in small steps, for a slow machine) until the screen shows what the test expects next. */
async function until(shown: () => unknown) {
  for (let i = 0; i < 100 && !shown(); i++) await settle(50);
}
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const channelCalls = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input);
const click = async (el: HTMLElement | null) => {
  if (!el) throw new Error('nothing to click');
  await act(async () => el.click());
  await settle();
};

function typeInto(input: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!input) throw new Error('no input');
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Opens an MUI select inside the element with this test id and picks the option with this value. */
async function choose(testId: string, value: string) {
  const button = $(`[data-testid="${testId}"] [role="combobox"]`);
  if (!button) throw new Error(`no select ${testId}`);
  await act(async () => button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
  await click(document.querySelector<HTMLElement>(`[role="option"][data-value="${value}"]`));
}

/** The address the router is at, written where the test can read it. */
function Where() {
  const location = useLocation();
  return <span data-testid="where">{location.pathname}</span>;
}

function render(entry: string | { pathname: string; state: unknown }, role: Role = 'back_office') {
  session.role = role;
  const shell = SHELLS.find((s) => s.id === 'back-office')!;
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter initialEntries={[entry]}>
          <Where />
          <Routes>
            <Route path="/back-office/orders/new" element={<OrderPage shell={shell} />} />
            <Route path="/back-office/orders/:id" element={<OrderPage shell={shell} />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
}

const ali = {
  id: 's1',
  fullName: 'Aliyev Vali',
  studentIdNumber: '3201',
  groupName: 'FIZ-23',
  course: 2,
  status: '11',
};
const zuhra = { ...ali, id: 's2', fullName: 'Bekova Zuhra', status: '13' };

describe('composing an order', () => {
  it('takes the students another screen sent, checks each live, and saves the draft with the fields of its type', async () => {
    answers.set('orders.check', (input) => ({
      ok: true,
      data: {
        lines: (input.lines as { studentId: string }[]).map((l) => ({
          studentId: l.studentId,
          problems: l.studentId === 's2' ? [{ key: 'orders.problem.status', params: { status: '13' } }] : [],
        })),
      },
    }));
    answers.set('orders.saveDraft', () => ({ ok: true, data: orderDetail({ id: 'o9' }) }));
    answers.set('orders.get', () => ({ ok: true, data: orderDetail({ id: 'o9' }) }));
    render({ pathname: '/back-office/orders/new', state: { students: [ali, zuhra], type: 'academicLeave' } });
    await until(() => byTestId('line-problem'));

    const lines = allByTestId('order-line');
    expect(lines.map((l) => l.getAttribute('data-student-id'))).toEqual(['s1', 's2']);
    expect(lines[0]?.getAttribute('data-blocked')).toBeNull();
    expect(lines[1]?.getAttribute('data-blocked')).toBe('true');
    // The problem in words, the status named: not a code.
    expect(lines[1]?.querySelector('[data-testid="line-problem"]')?.textContent).toContain(
      "The student's status does not allow this order",
    );
    expect(channelCalls('orders.check').at(-1)).toMatchObject({ type: 'academicLeave' });
    // The office's default preamble for the type is already in the text.
    expect($<HTMLTextAreaElement>('[data-testid="text-preamble-uz"] textarea')?.value).toBe('VMQ 344 asosida');

    await choose('line-0-reason', '12');
    typeInto($('[data-testid="line-0-leave-until"] input'), '01.09.2027');
    typeInto($('[data-testid="line-0-note"] input'), 'ariza');
    await click(byTestId('line-remove') && allByTestId('line-remove')[1]!);
    expect(allByTestId('order-line')).toHaveLength(1);
    await click(byTestId('save-draft'));

    expect(channelCalls('orders.saveDraft')).toEqual([
      {
        reversesOrderId: null,
        type: 'academicLeave',
        departmentId: null,
        preambleUz: 'VMQ 344 asosida',
        preambleRu: 'На основании ПКМ 344',
        controlUz: '',
        controlRu: '',
        basisUz: '',
        basisRu: '',
        lines: [
          {
            studentId: 's1',
            effectiveDate: tashkentMoment(new Date()).date,
            reason: '12',
            newGroupId: null,
            leaveUntil: '2027-09-01',
            newName: null,
            note: 'ariza',
          },
        ],
      },
    ]);
    await settle();
    // The saved draft opens at its own address.
    expect(byTestId('where')?.textContent).toBe('/back-office/orders/o9');
    expect(channelCalls('orders.get')).toEqual([{ id: 'o9' }]);
  });

  it('offers approval only once nothing blocks the draft; a head may override a student with a reason', async () => {
    const blocked = orderDetail({
      blockedCount: 1,
      lines: [
        orderLine('s1', 'Aliyev Vali'),
        orderLine('s2', 'Bekova Zuhra', { problems: [{ key: 'orders.problem.status', params: { status: '13' } }] }),
      ],
    });
    answers.set('orders.get', () => ({ ok: true, data: blocked }));
    answers.set('orders.check', () => ({
      ok: true,
      data: { lines: blocked.lines.map((l) => ({ studentId: l.studentId, problems: l.problems })) },
    }));
    answers.set('orders.override', (input) => ({
      ok: true,
      data: orderDetail({
        lines: [
          orderLine('s1', 'Aliyev Vali'),
          orderLine('s2', 'Bekova Zuhra', {
            problems: blocked.lines[1]!.problems,
            override: { reason: String(input.reason), by: 'Rahbar', problems: blocked.lines[1]!.problems },
          }),
        ],
      }),
    }));
    render('/back-office/orders/o1', 'back_office');
    await until(() => byTestId('line-problem'));
    expect((byTestId('approve-order') as HTMLButtonElement).disabled).toBe(true);
    // The back office cannot override; a head can.
    expect(byTestId('line-override-button')).toBeNull();

    act(() => root.unmount());
    root = createRoot(container);
    render('/back-office/orders/o1', 'head');
    await until(() => byTestId('line-override-button'));
    await click(byTestId('line-override-button'));
    typeInto(document.querySelector('[data-testid="override-reason"] textarea'), 'Rektor roziligi bilan');
    await click(byTestId('override-confirm'));
    expect(channelCalls('orders.override')).toEqual([{ id: 'o1', studentId: 's2', reason: 'Rektor roziligi bilan' }]);
    await until(() => byTestId('line-override'));
    expect(byTestId('line-override')?.textContent).toBe('Overridden by Rahbar: Rektor roziligi bilan');
    expect((byTestId('approve-order') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('an approved order', () => {
  const approved = orderDetail({
    status: 'approved',
    number: '245-T',
    orderDate: '2026-11-30',
    signerName: 'B. Rektorov',
    signerPosition: 'Rektor',
  });

  it('applies after a confirmation; a refusal names each student and why', async () => {
    let attempt = 0;
    answers.set('orders.get', () => ({ ok: true, data: approved }));
    answers.set('orders.apply', () =>
      ++attempt === 1
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              key: 'orders.error.blocked',
              message: 'blocked',
              params: { count: 1 },
              details: { issues: [{ path: 'lines.1', key: 'orders.problem.status', params: { status: '13' } }] },
            },
          }
        : {
            ok: true,
            data: orderDetail({
              ...approved,
              status: 'applied',
              appliedAt: '2026-11-30T10:00:00.000Z',
              lines: [
                orderLine('s1', 'Aliyev Vali', {
                  before: { status: '11', course: 2, groupId: 'g1', groupName: 'FIZ-23' },
                  after: { status: '13', course: 2, groupId: 'g1', groupName: 'FIZ-23' },
                }),
                orderLine('s2', 'Bekova Zuhra'),
              ],
            }),
          },
    );
    render('/back-office/orders/o1');
    await settle();
    expect(byTestId('order-title-line')?.textContent).toBe('Order № 245-T of 30.11.2026');
    expect(byTestId('save-draft')).toBeNull();
    await click(byTestId('apply-order'));
    expect(byTestId('apply-summary')?.textContent).toContain('2');
    await click(byTestId('apply-confirm'));
    expect(byTestId('apply-issue')?.textContent).toBe("Bekova Zuhra: The student's status does not allow this order");

    await click(byTestId('apply-confirm'));
    expect(channelCalls('orders.apply')).toEqual([{ id: 'o1' }, { id: 'o1' }]);
    expect(byTestId('order-view')?.getAttribute('data-status')).toBe('applied');
    expect(allByTestId('line-outcome')[0]?.textContent).toMatch(/→/);
    expect(byTestId('reverse-order')).not.toBeNull();
    expect(byTestId('excerpt-batch')).not.toBeNull();
  });

  it('shows a reader the order without any action but print', async () => {
    answers.set('orders.get', () => ({ ok: true, data: orderDetail() }));
    render('/back-office/orders/o1', 'viewer');
    await settle();
    // Even a draft is only shown to a role that cannot write orders.
    expect(byTestId('order-composer')).toBeNull();
    expect(byTestId('order-view')).not.toBeNull();
    for (const id of [
      'apply-order',
      'reverse-order',
      'attach-scan',
      'approve-order',
      'delete-draft',
      'excerpt-batch',
    ]) {
      expect(byTestId(id), id).toBeNull();
    }
    expect(byTestId('print-order')).not.toBeNull();
  });
});
