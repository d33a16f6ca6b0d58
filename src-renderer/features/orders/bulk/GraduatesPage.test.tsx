// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GraduatesPage } from './GraduatesPage';
import { pageTestKit } from './page-test-kit';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const answers = vi.hoisted(() => new Map<string, (input: Record<string, unknown>) => unknown>());
vi.mock('../../../api/client', () => ({
  call: (channel: string, input: Record<string, unknown>) => {
    calls.push({ channel, input });
    const answer = answers.get(channel);
    return Promise.resolve(answer ? answer(input) : { ok: true, data: [] });
  },
  api: { on: () => () => {} },
}));

const graduate = (n: number) => ({
  studentId: `s${n}`,
  fullName: `Bitiruvchi ${n}`,
  studentIdNumber: `3${String(n).padStart(11, '0')}`,
  departmentName: 'Fizika fakulteti',
  specialtyName: 'Fizika',
  groupName: 'FIZ-19',
  educationForm: '11',
  paymentForm: '12',
  gpa: 4.25,
  orderNumber: '45-B',
  orderDate: '2026-06-28',
  graduatedOn: '2026-06-30',
});
/** 501 graduates, served a page at a time as the backend does. */
const answerPages = (input: Record<string, unknown>) => {
  const offset = Number(input.offset ?? 0);
  const limit = Number(input.limit ?? 100);
  const items = Array.from({ length: Math.max(0, Math.min(limit, 501 - offset)) }, (_, i) => graduate(offset + i + 1));
  return { ok: true, data: { total: 501, items } };
};

const { settle, byTestId, render: draw, container } = pageTestKit();
beforeEach(() => {
  calls.length = 0;
  answers.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const listCalls = () => calls.filter((c) => c.channel === 'orders.graduates').map((c) => c.input);

async function render() {
  await draw('archive', (shell) => <GraduatesPage shell={shell} />);
}

describe('GraduatesPage', () => {
  it('lists a page of graduates with their order, and searches from the first page', async () => {
    answers.set('orders.graduates', answerPages);
    await render();
    expect(listCalls()).toEqual([{ limit: 50, offset: 0 }]);
    expect(byTestId('graduates-count')?.textContent).toBe('Total: 501');
    const first = container().querySelector('[data-testid="graduate-row"]');
    expect([...(first?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      'Bitiruvchi 1',
      '300000000001',
      'Fizika fakulteti',
      'Fizika',
      'FIZ-19',
      'Full-time',
      'Tuition contract',
      '4,25',
      '№ 45-B of 28.06.2026',
      '30.06.2026',
    ]);

    await act(async () =>
      container().querySelector<HTMLButtonElement>('button[aria-label="Go to next page"]')?.click(),
    );
    await settle();
    expect(listCalls().at(-1)).toEqual({ limit: 50, offset: 50 });

    const search = byTestId('graduates-search') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, ' Bitiruvchi 7 ');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(listCalls().at(-1)).toEqual({ search: 'Bitiruvchi 7', limit: 50, offset: 0 });
  });

  it('exports every page of the filter, not only the one on screen', async () => {
    answers.set('orders.graduates', answerPages);
    answers.set('exports.xlsx', () => ({ ok: true, data: { fileName: 'Graduates.xlsx', data: 'UEsDBA==' } }));
    URL.createObjectURL = vi.fn(() => 'blob:graduates');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await render();
    await act(async () => byTestId('graduates-export')?.click());
    await settle();
    expect(listCalls().slice(1)).toEqual([
      { limit: 500, offset: 0 },
      { limit: 500, offset: 500 },
    ]);
    const sent = calls.find((c) => c.channel === 'exports.xlsx')?.input as {
      title: string;
      columns: { header: string }[];
      rows: Record<string, unknown>[];
    };
    expect(sent.title).toBe('Graduates');
    expect(sent.rows).toHaveLength(501);
    expect(sent.columns.map((c) => c.header)).toContain('Graduated on');
    expect(sent.rows[500]).toMatchObject({ name: 'Bitiruvchi 501', order: '№ 45-B of 28.06.2026' });
  });
});
