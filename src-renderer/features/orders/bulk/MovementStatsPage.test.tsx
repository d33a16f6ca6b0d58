// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tashkentMoment } from '../../../../src-shared/domain/attendance-timetable';
import { academicYearStart } from './bulk-format';
import { MovementStatsPage } from './MovementStatsPage';
import type { StatRow } from './stats-pivot';
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

const stat = (over: Partial<StatRow>): StatRow => ({
  type: 'expulsion',
  reason: '',
  departmentId: 'f1',
  departmentName: 'Fizika fakulteti',
  course: 2,
  month: '2025-09',
  count: 1,
  ...over,
});

const { settle, byTestId, table, render: draw, container } = pageTestKit();
beforeEach(() => {
  calls.length = 0;
  answers.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function render() {
  await draw('back-office', (shell) => <MovementStatsPage shell={shell} />);
}

describe('MovementStatsPage', () => {
  it('asks for this academic year by default and lays the counts out by type × month, reason, faculty × course', async () => {
    // Everything in the period's first month: the other month columns must read 0.
    const month = academicYearStart(tashkentMoment(new Date()).date).slice(0, 7);
    answers.set('orders.statistics', () => ({
      ok: true,
      data: {
        total: 9,
        rows: [
          stat({ type: 'expulsion', reason: '11', month, count: 2 }),
          stat({ type: 'academicLeave', reason: '12', month, count: 3, departmentId: 'f2', departmentName: 'Kimyo' }),
          stat({ type: 'promotion', month, count: 4, course: 1 }),
        ],
      },
    }));
    await render();
    const today = tashkentMoment(new Date()).date;
    expect(calls.filter((c) => c.channel === 'orders.statistics').map((c) => c.input)).toEqual([
      { from: academicYearStart(today), to: today },
    ]);
    expect(byTestId('stats-count')?.textContent).toBe('Total: 9');

    const byMonth = table('stats-by-month');
    const first = `${academicYearStart(today).slice(5, 7)}.${academicYearStart(today).slice(0, 4)}`;
    expect(byMonth[0]?.[0]).toBe('Order type');
    expect(byMonth[0]?.[1]).toBe(first);
    expect(byMonth[0]?.at(-1)).toBe('Total');
    // Rows in the app's order of types.
    expect(byMonth[1]?.slice(2, -1).every((n) => n === '0')).toBe(true);
    expect(byMonth.slice(1).map((r) => [r[0], r[1], r.at(-1)])).toEqual([
      ['Expulsion', '2', '2'],
      ['Academic leave', '3', '3'],
      ['Promotion to the next year', '4', '4'],
      ['Total', '9', '9'],
    ]);

    expect(table('stats-by-reason').slice(1)).toEqual([
      ['Academic leave', 'Health recovery', '3'],
      ['Expulsion', 'At own request', '2'],
    ]);
    expect(table('stats-by-course')).toEqual([
      ['Faculty', 'Year 1', 'Year 2', 'Total'],
      ['Fizika fakulteti', '4', '2', '6'],
      ['Kimyo', '0', '3', '3'],
      ['Total', '4', '5', '9'],
    ]);
  });

  it('downloads the workbook the backend writes, in the UI language', async () => {
    answers.set('orders.statistics', () => ({ ok: true, data: { total: 1, rows: [stat({})] } }));
    answers.set('orders.exportStatistics', () => ({
      ok: true,
      data: { fileName: 'Harakatlar.xlsx', mimeType: 'application/vnd.ms-excel', data: 'UEsDBA==' },
    }));
    URL.createObjectURL = vi.fn(() => 'blob:stats');
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    await render();
    await act(async () => byTestId('stats-export')?.click());
    await settle();
    const today = tashkentMoment(new Date()).date;
    expect(calls.find((c) => c.channel === 'orders.exportStatistics')?.input).toEqual({
      from: academicYearStart(today),
      to: today,
      lang: 'en',
    });
    expect(saved).toEqual(['Harakatlar.xlsx']);
  });

  it('says the period is wrong instead of showing tables for it', async () => {
    answers.set('orders.statistics', () => ({ ok: true, data: { total: 0, rows: [] } }));
    await render();
    const from = container().querySelector<HTMLInputElement>('input[name="from"]');
    if (!from) throw new Error('no from field');
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(from, '01.01.2100');
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(container().textContent).toContain('the start may not be after the end');
    expect(byTestId('stats-by-month')).toBeNull();
    expect((byTestId('stats-export') as HTMLButtonElement).disabled).toBe(true);
  });
});
