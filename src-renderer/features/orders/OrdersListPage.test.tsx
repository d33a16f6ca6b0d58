// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OrderSummary } from '../../../src-shared/contract/orders';
import type { Role } from '../../../src-shared/contract/roles';
import { I18nProvider } from '../../app/i18n';
import { homeShellOf } from '../../shells/shells';
import { OrdersListPage } from './OrdersListPage';
import { orderDetail } from './test-orders';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const session = vi.hoisted(() => ({ role: 'back_office' as string }));
vi.mock('../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const {
      lines: _lines,
      text: _text,
      ...summary
    } = orderDetail({
      id: 'o7',
      status: 'draft',
      blockedCount: 1,
      reversesOrderId: 'o1',
      type: 'revocation',
    });
    const applied: OrderSummary = {
      ...summary,
      id: 'o1',
      type: 'academicLeave',
      status: 'applied',
      number: '245-T',
      orderDate: '2026-11-30',
      blockedCount: 0,
      reversesOrderId: null,
    };
    return Promise.resolve({ ok: true, data: { items: [summary, applied], total: 2 } });
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
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 20)));
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

async function render(role: Role) {
  session.role = role;
  const shell = homeShellOf(role);
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <MemoryRouter initialEntries={[`/${shell.id}/orders`]}>
          <Where />
          <Routes>
            <Route path="*" element={<OrdersListPage shell={shell} />} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    ),
  );
  await settle();
}

describe('the register of orders', () => {
  it('lists number, date, type, students, status and blocked students; a row opens the order', async () => {
    await render('back_office');
    const rows = allByTestId('order-row').map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['No number', 'created 28.11.2026', 'Revocation of an orderrevokes an earlier order', '—', '2', 'Draft', '1'],
      ['245-T', '30.11.2026', 'Academic leave', '—', '2', 'Applied', '—'],
    ]);
    await act(async () => allByTestId('order-row')[1]?.click());
    expect(byTestId('where')?.textContent).toBe('/back-office/orders/o1');
  });

  it('searches by number or student and starts from the first page', async () => {
    await render('back_office');
    const input = byTestId('orders-search') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, ' 245 ');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(calls.at(-1)).toEqual({ channel: 'orders.list', input: { search: '245', limit: 50, offset: 0 } });
  });

  it('offers a new order to those who write orders only', async () => {
    await render('back_office');
    expect(byTestId('new-order')?.getAttribute('href')).toBe('/back-office/orders/new');
    act(() => root.unmount());
    root = createRoot(container);
    await render('viewer');
    expect(byTestId('new-order')).toBeNull();
    expect(allByTestId('order-row')).toHaveLength(2);
  });
});
