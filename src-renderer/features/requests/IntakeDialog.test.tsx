// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { formatDate } from '../../../src-shared/domain/format';
import { addWorkingDays, FIVE_DAY_WEEK } from '../../../src-shared/domain/working-days';
import { I18nProvider } from '../../app/i18n';
import { IntakeDialog } from './IntakeDialog';
import { buttonNamed, byTestId, choose, click, inputLabelled, settle, typeInto } from './test-kit';

const calls = vi.hoisted(() => [] as { channel: string; input: Record<string, unknown> }[]);
const creates = vi.hoisted(() => [] as unknown[]);
vi.mock('../../api/client', async () => {
  const kit = await import('./test-kit');
  const calendar = { holidays: [], workdays: [], weekendDays: [0, 6] };
  return {
    call: (channel: string, input: Record<string, unknown>) => {
      calls.push({ channel, input });
      if (channel === 'requests.types') return Promise.resolve({ ok: true, data: { items: [kit.restudyType] } });
      if (channel === 'requests.calendar') return Promise.resolve({ ok: true, data: { calendar, isDefault: true } });
      if (channel === 'requests.create') return Promise.resolve(creates.shift());
      if (channel === 'students.search') {
        const item = {
          id: 's7',
          lastName: 'Joʻrayev',
          firstName: 'Bobur',
          patronymic: 'Anvar oʻgʻli',
          group: 'IQT-24',
          studentIdNumber: '3642400007',
        };
        return Promise.resolve({ ok: true, data: { items: [item] } });
      }
      return Promise.resolve({ ok: true, data: { items: [] } });
    },
    api: { on: () => () => {} },
  };
});

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

describe('the intake dialog', () => {
  it('takes a visitor’s request: shows the deadline and what to bring, marks a bad PINFL, then saves', async () => {
    const created = vi.fn();
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <IntakeDialog open student={null} onClose={() => {}} onCreated={created} />
        </I18nProvider>,
      ),
    );
    await settle();
    expect(buttonNamed('Take request')?.disabled).toBe(true);
    await choose('intake-type', 't1');
    const due = addWorkingDays(tashkentMoment(new Date()).date, 3, {
      holidays: [],
      workdays: [],
      weekendDays: [...FIVE_DAY_WEEK],
    });
    expect(byTestId('intake-summary')?.textContent).toBe(
      `Due: ${formatDate(due)} (3 working days)To bring: Passport copy`,
    );

    typeInto(inputLabelled('Full name (as in the passport)'), 'Toshmatova Gulnora');
    typeInto(inputLabelled('PINFL'), '1234x5');
    creates.push({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'error.validation',
        message: 'x',
        details: { issues: [{ path: 'visitor.pinfl', key: 'requests.error.pinfl' }] },
      },
    });
    await click(buttonNamed('Take request'));
    expect(calls.filter((c) => c.channel === 'requests.create').map((c) => c.input)).toEqual([
      {
        typeId: 't1',
        studentId: null,
        visitor: { name: 'Toshmatova Gulnora', phone: '', pinfl: '12345' },
        description: '',
      },
    ]);
    expect(inputLabelled('PINFL').getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain('The PINFL must be a real 14-digit number');
    expect(created).not.toHaveBeenCalled();

    creates.push({ ok: true, data: { id: 'r9', number: 'A-2026/9' } });
    await click(buttonNamed('Take request'));
    expect(created).toHaveBeenCalledWith({ id: 'r9', number: 'A-2026/9' });
  });

  it('finds a student at the counter instead of taking a visitor’s details, and takes the request for them', async () => {
    act(() =>
      root.render(
        <I18nProvider initial="en">
          <IntakeDialog open student={null} initialTypeId="t1" onClose={() => {}} onCreated={() => {}} />
        </I18nProvider>,
      ),
    );
    await settle();
    expect(byTestId('intake-summary')?.textContent).toContain('(3 working days)');
    const picker = byTestId('intake-student') as HTMLInputElement;
    await act(async () => picker.focus());
    typeInto(picker, 'joʻrayev');
    await act(() => new Promise<void>((r) => setTimeout(r, 300)));
    expect(calls.find((c) => c.channel === 'students.search')?.input).toEqual({ query: 'joʻrayev', limit: 15 });
    await click(document.querySelector('[role="option"]'));
    expect(document.getElementById('intake-title')?.textContent).toBe('Request: Joʻrayev Bobur Anvar oʻgʻli');
    expect(() => inputLabelled('Full name (as in the passport)')).toThrow();

    creates.push({ ok: true, data: { id: 'r10', number: 'A-2026/10' } });
    await click(buttonNamed('Take request'));
    expect(calls.filter((c) => c.channel === 'requests.create').map((c) => c.input)).toEqual([
      { typeId: 't1', studentId: 's7', visitor: null, description: '' },
    ]);
  });
});
